import { DEMO_PASSWORD } from '@condivisa/db';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgent, startTestApp, type TestApp } from '../testing/test-app';

/** Splits RFC 4180 text into records (quoted fields may hold commas and line breaks). */
function csvRecords(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('open data of the instrument map: JSON and CSV without login, with the date of the last change', () => {
  let sut: TestApp;
  const http = () => request(sut.app.getHttpServer());

  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.close());

  it('serves the whole catalogue as JSON, dated like the Last-Modified header', async () => {
    const res = await http().get('/open-data/instruments.json');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const lastModified = new Date(res.headers['last-modified']!);
    expect(Number.isNaN(lastModified.getTime())).toBe(false);
    const body = JSON.parse(res.text);
    expect(Math.floor(new Date(body.meta.lastModified).getTime() / 1000)).toBe(lastModified.getTime() / 1000);
    expect(body.meta.title).toMatch(/Mappa ragionata/);
    expect(body.instruments).toHaveLength(23);
    expect(body.relations).toHaveLength(26);
    expect(body.sources).toHaveLength(69);
    expect(body.instruments[0]).toMatchObject({ id: 'co-programmazione', family: 'COLLABORATIVE', revision: 1, profile: { aims: ['READ_NEEDS'] } });
    expect(body.instruments[0].legalBasis[0]).toMatchObject({ act: 'D.Lgs. 117/2017', sourceId: 'src-cts', url: expect.stringMatching(/^https:/), unverified: false });
  });

  it('serves instruments and relations as CSV with a header row, one record each', async () => {
    const instruments = await http().get('/open-data/instruments.csv');
    expect(instruments.status).toBe(200);
    expect(instruments.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(instruments.headers['content-disposition']).toBe('attachment; filename="instruments.csv"');
    expect(instruments.headers['last-modified']).toBeDefined();
    const rows = csvRecords(instruments.text);
    expect(rows[0]!.slice(0, 6)).toEqual(['id', 'name', 'family', 'phases', 'legalBasis', 'counterparts']);
    expect(rows).toHaveLength(24);
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
    const coDesign = rows.find((r) => r[0] === 'co-progettazione')!;
    expect(coDesign[3]).toBe('DESIGN | ASSIGNMENT | EXECUTION | EVALUATION');

    const relations = await http().get('/open-data/instrument-relations.csv');
    const relationRows = csvRecords(relations.text);
    expect(relationRows[0]).toEqual(['id', 'fromId', 'fromName', 'kind', 'kindLabel', 'toId', 'toName', 'note', 'unverified']);
    expect(relationRows).toHaveLength(27);
    const json = JSON.parse((await http().get('/open-data/instrument-relations.json')).text);
    expect(json.relations).toHaveLength(26);
  });

  it('answers a conditional request with 304 until the map changes, and dates the change', async () => {
    const first = await http().get('/open-data/instrument-experiences.csv');
    expect(csvRecords(first.text)).toEqual([[
      'id', 'instrumentId', 'instrumentName', 'ambitoId', 'ambitoName', 'spaceId', 'spaceName', 'area', 'year', 'description', 'partners', 'outcome', 'links', 'recordedAt',
    ]]);
    const lastModified = first.headers['last-modified']!;
    expect((await http().get('/open-data/instrument-experiences.csv').set('If-Modified-Since', lastModified)).status).toBe(304);

    await new Promise((r) => setTimeout(r, 1100)); // Last-Modified has one-second resolution.
    const coordinator = graphqlAgent(sut.app);
    await coordinator.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', { e: 'coordinatrice@condivisa.example', p: DEMO_PASSWORD });
    const recorded = await coordinator.gql('mutation($i: RecordInstrumentExperienceInput!) { recordInstrumentExperience(input: $i) { id } }', {
      i: {
        instrumentId: 'co-programmazione', spaceId: 'tavolo-provinciale-casa', area: 'casa e abitare', year: 2025,
        description: 'Co-programmazione del modello provinciale dell’abitare, "fase 1"', partners: ['ATS Bergamo', 'Comune di Bergamo'],
        links: [{ url: 'https://www.example.org/sintesi.pdf' }],
      },
    });
    expect(recorded.errors).toBeUndefined();

    const changed = await http().get('/open-data/instrument-experiences.csv').set('If-Modified-Since', lastModified);
    expect(changed.status).toBe(200);
    expect(new Date(changed.headers['last-modified']!).getTime()).toBeGreaterThan(new Date(lastModified).getTime());
    const rows = csvRecords(changed.text);
    expect(rows).toHaveLength(2);
    const record = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]]));
    expect(record).toMatchObject({
      instrumentId: 'co-programmazione', ambitoId: '', spaceId: 'tavolo-provinciale-casa', area: 'casa e abitare', year: '2025',
      description: 'Co-programmazione del modello provinciale dell’abitare, "fase 1"', partners: 'ATS Bergamo | Comune di Bergamo', links: 'https://www.example.org/sintesi.pdf',
    });
    const json = JSON.parse((await http().get('/open-data/instrument-experiences.json')).text);
    expect(json.experiences).toHaveLength(1);
    expect(json.experiences[0]).not.toHaveProperty('authorId');
    expect(json.meta.lastModified).toBe(new Date(json.meta.lastModified).toISOString());
    const catalogue = await http().get('/open-data/instruments.json');
    expect(catalogue.headers['last-modified']).toBe(changed.headers['last-modified']);
  });

  it('is not swallowed by the web app: an unknown open-data path is a 404', async () => {
    const res = await http().get('/open-data/nothing.csv');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/json/);
  });
});
