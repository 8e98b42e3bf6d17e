import { DEMO_PASSWORD } from '@condivisa/db';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgent, startTestApp, type TestApp } from '../testing/test-app';

const CREATE = 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id name sector fiscalCode runtsNumber ambito { id } } }';
const UPDATE = 'mutation($id: ID!, $i: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $i) { id name type notes } }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }';

describe('organisations: admins create and edit, input is validated, nothing half-written', () => {
  let sut: TestApp;
  let admin: ReturnType<typeof graphqlAgent>;

  beforeAll(async () => {
    sut = await startTestApp();
    admin = graphqlAgent(sut.app);
    await admin.gql(LOGIN, { e: 'admin@condivisa.example', p: DEMO_PASSWORD });
  });
  afterAll(() => sut.close());

  const count = async () => (await sut.sql.query('SELECT count(*)::int n FROM organization')).rows[0].n as number;

  it('creates an ETS with a valid fiscal code and RUNTS number, and records who did it', async () => {
    const res = await admin.gql<{ createOrganization: { id: string; fiscalCode: string; ambito: { id: string } } }>(CREATE, {
      i: { name: 'Associazione Comunità Aperta', sector: 'ETS', type: 'APS', fiscalCode: ' 80012000826 ', runtsNumber: '12345', ambitoId: 'seriate' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createOrganization).toMatchObject({ fiscalCode: '80012000826', ambito: { id: 'seriate' } });
    const found = await admin.gql<{ organizations: { id: string }[] }>('{ organizations(filter: { search: "comunita aperta" }) { id } }');
    expect(found.data!.organizations.map((o) => o.id)).toEqual([res.data!.createOrganization.id]);
    const audit = await sut.sql.query("SELECT action FROM audit_event WHERE entity_id = $1", [res.data!.createOrganization.id]);
    expect(audit.rows).toEqual([{ action: 'organization.create' }]);
  });

  it('rejects a wrong check digit, a RUNTS number on a PA and an unknown Ambito, each on its field', async () => {
    const before = await count();
    const res = await admin.gql(CREATE, {
      i: { name: 'Comune di Prova', sector: 'PA', type: 'Comune', fiscalCode: '80012000827', runtsNumber: '999', ambitoId: 'atlantide' },
    });
    expect(res.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions.fields!.map((f) => f.field).sort()).toEqual(['ambitoId', 'fiscalCode', 'runtsNumber']);
    expect(await count()).toBe(before);
  });

  it('refuses a second organisation with the same fiscal code as a conflict, writing nothing', async () => {
    const before = await count();
    const res = await admin.gql(CREATE, { i: { name: 'Doppione', sector: 'ETS', type: 'ODV', fiscalCode: '80012000826' } });
    expect(res.errors![0]!.extensions.code).toBe('CONFLICT');
    expect(await count()).toBe(before);
    const audit = await sut.sql.query("SELECT count(*)::int n FROM audit_event WHERE details->>'name' = 'Doppione'");
    expect(audit.rows[0].n).toBe(0);
  });

  it('updates only the given fields; non-admins are refused', async () => {
    const res = await admin.gql<{ updateOrganization: { name: string; type: string; notes: string } }>(UPDATE, { id: 'csv', i: { notes: 'Sede a Bergamo' } });
    expect(res.data!.updateOrganization).toMatchObject({ name: 'CSV', type: 'Centro servizi volontariato', notes: 'Sede a Bergamo' });
    const member = graphqlAgent(sut.app);
    await member.gql(LOGIN, { e: 'ets@condivisa.example', p: DEMO_PASSWORD });
    expect((await member.gql(UPDATE, { id: 'csv', i: { name: 'Hacked' } })).errors![0]!.extensions.code).toBe('FORBIDDEN');
    expect((await graphqlAgent(sut.app).gql(UPDATE, { id: 'csv', i: { name: 'Hacked' } })).errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect((await admin.gql(UPDATE, { id: 'nope', i: { name: 'X Y' } })).errors![0]!.extensions.code).toBe('NOT_FOUND');
    const name = await sut.sql.query("SELECT name FROM organization WHERE id = 'csv'");
    expect(name.rows[0].name).toBe('CSV');
  });

  it('pushes changes to graphql-ws subscribers on the same /graphql path', async () => {
    const client = createClient({ url: `${sut.baseUrl.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, lazy: false });
    const received = new Promise<{ data?: { organizationChanged: { id: string; notes: string } } }>((resolve, reject) => {
      const dispose = client.subscribe<{ organizationChanged: { id: string; notes: string } }>(
        { query: 'subscription { organizationChanged { id notes } }' },
        { next: (value) => { resolve(value as never); dispose(); }, error: reject, complete: () => undefined },
      );
    });
    // Let the subscription register before publishing.
    await new Promise((r) => setTimeout(r, 300));
    await admin.gql(UPDATE, { id: 'legacoop', i: { notes: 'Rete di cooperative' } });
    const event = await received;
    expect(event.data!.organizationChanged).toEqual({ id: 'legacoop', notes: 'Rete di cooperative' });
    await client.dispose();
  });
});
