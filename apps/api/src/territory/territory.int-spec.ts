import { seedTerritory, openDataSource } from '@condivisa/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgent, startTestApp, type TestApp } from '../testing/test-app';

describe('territory of Bergamo, seeded from the Prologo', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.close());

  it('lists the 14 Ambiti in the document order, with their 242 municipalities and districts', async () => {
    const { gql } = graphqlAgent(sut.app);
    const res = await gql<{ ambiti: { id: string; name: string; comuni: { name: string }[]; comuniCount: number; distretto: { name: string; asst: { name: string } } }[] }>(
      '{ ambiti { id name comuniCount comuni { id name } distretto { id name asst { name } } } }',
    );
    expect(res.errors).toBeUndefined();
    const ambiti = res.data!.ambiti;
    expect(ambiti).toHaveLength(14);
    expect(ambiti[0]!.name).toBe('Bergamo');
    expect(ambiti.at(-1)!.name).toBe('Romano di Lombardia');
    expect(ambiti.reduce((n, a) => n + a.comuni.length, 0)).toBe(242);
    const dalmine = ambiti.find((a) => a.id === 'dalmine')!;
    expect(dalmine.comuniCount).toBe(17);
    expect(dalmine.distretto.asst.name).toBe('ASST Bergamo Ovest');
    // Spellings are kept as printed.
    expect(dalmine.comuni.map((c) => c.name)).toContain('Urganò');
  });

  it('keeps money in cents and flags the one-cent gap between the quotas and the printed total', async () => {
    const { gql } = graphqlAgent(sut.app);
    const res = await gql<{ territory: Record<string, number | string>; ambito: { fnpsQuotaPerYear: number; fnpsQuotaPerYearCents: number; comuni: { name: string; probableOfficialName: string | null }[] } }>(
      '{ territory { ambitiCount comuniListed comuniOfficial fnpsQuotaSumCents fnpsStatedTotalCents fnpsDifferenceCents fnpsNote } ambito(id: "dalmine") { fnpsQuotaPerYear fnpsQuotaPerYearCents comuni { name probableOfficialName } } }',
    );
    expect(res.data!.territory).toMatchObject({
      ambitiCount: 14,
      comuniListed: 242,
      comuniOfficial: 243,
      fnpsQuotaSumCents: 12_000_001,
      fnpsStatedTotalCents: 12_000_000,
      fnpsDifferenceCents: 1,
    });
    expect(res.data!.ambito).toMatchObject({ fnpsQuotaPerYear: 15896.68, fnpsQuotaPerYearCents: 1_589_668 });
    expect(res.data!.ambito.comuni.find((c) => c.name === 'Urganò')!.probableOfficialName).toBe('Urgnano');
  });

  it('filters organisations by sector, type and Ambito, and searches ignoring accents', async () => {
    const { gql } = graphqlAgent(sut.app);
    const q = 'query($f: OrganizationFilter) { organizations(filter: $f) { id name sector type ambito { id } } }';
    type Orgs = { organizations: { id: string; name: string; sector: string; type: string; ambito: { id: string } | null }[] };
    const all = (await gql<Orgs>(q)).data!.organizations;
    const ets = (await gql<Orgs>(q, { f: { sector: 'ETS' } })).data!.organizations;
    const pa = (await gql<Orgs>(q, { f: { sector: 'PA' } })).data!.organizations;
    expect(all.length).toBe(70); // 69 from the sources + the fictional demo cooperative
    expect(ets.length).toBe(9);
    expect(pa.length).toBe(46);
    expect(ets.every((o) => o.sector === 'ETS')).toBe(true);
    const accented = (await gql<Orgs>(q, { f: { search: 'Comunità' } })).data!.organizations.map((o) => o.id);
    const plain = (await gql<Orgs>(q, { f: { search: 'comunita' } })).data!.organizations.map((o) => o.id);
    expect(plain.length).toBeGreaterThan(0);
    expect(plain).toEqual(accented);
    const ambiti = (await gql<Orgs>(q, { f: { type: 'Ambito' } })).data!.organizations;
    expect(ambiti).toHaveLength(14);
    const inDalmine = (await gql<Orgs>(q, { f: { ambitoId: 'dalmine' } })).data!.organizations;
    expect(inDalmine.length).toBeGreaterThan(0);
    expect(inDalmine.every((o) => o.ambito?.id === 'dalmine')).toBe(true);
    const wildcard = (await gql<Orgs>(q, { f: { search: '%' } })).data!.organizations;
    expect(wildcard).toHaveLength(0);
  });

  it('seeding again changes nothing', async () => {
    const before = await sut.sql.query('SELECT (SELECT count(*) FROM comune) c, (SELECT count(*) FROM organization) o, (SELECT count(*) FROM ambito) a');
    const ds = await openDataSource(sut.databaseUrl);
    await seedTerritory(ds);
    await ds.destroy();
    const after = await sut.sql.query('SELECT (SELECT count(*) FROM comune) c, (SELECT count(*) FROM organization) o, (SELECT count(*) FROM ambito) a');
    expect(after.rows).toEqual(before.rows);
    expect(after.rows[0]).toEqual({ c: '242', o: '70', a: '14' });
  });
});
