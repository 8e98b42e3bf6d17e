import { DEMO_PASSWORD } from '@condivisa/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgent, startTestApp, type TestApp } from '../testing/test-app';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }';
const RECORD = `mutation($i: RecordInstrumentExperienceInput!) { recordInstrumentExperience(input: $i) {
  id area year description partners outcome links { url label } ambito { id name } space { id name } instrument { id } recordedByName } }`;
const MATRIX = '{ instrumentExperienceMatrix { total ambiti { id } instruments { id } cells { ambitoId instrumentId count years } } }';
const COMMENT = 'mutation($id: ID!, $b: String!) { addInstrumentComment(instrumentId: $id, body: $b) { id body authorName createdAt } }';

type Agent = ReturnType<typeof graphqlAgent>;

describe("the territory's experience of the instruments, and members' notes", () => {
  let sut: TestApp;
  const agents: Record<string, Agent> = {};

  beforeAll(async () => {
    sut = await startTestApp();
    for (const who of ['admin', 'coordinatrice', 'ets', 'tecnico', 'sindaco']) {
      agents[who] = graphqlAgent(sut.app);
      await agents[who]!.gql(LOGIN, { e: `${who}@condivisa.example`, p: DEMO_PASSWORD });
    }
    agents['anonymous'] = graphqlAgent(sut.app);
  });
  afterAll(() => sut.close());

  const count = async () => (await sut.sql.query('SELECT count(*)::int n FROM instrument_experience')).rows[0].n as number;
  const valid = {
    instrumentId: 'co-progettazione',
    ambitoId: 'dalmine',
    area: 'casa e abitare',
    year: 2024,
    description: "  Co-progettazione dell'housing temporaneo con gli ETS dell'Ambito  ",
    partners: ['Caritas diocesana', 'Cooperativa Sociale Il Ponte (demo)'],
    outcome: 'Convenzione firmata, 12 alloggi attivati',
    links: [{ url: 'https://www.example.org/verbale-2024-03.pdf', label: 'Verbale del tavolo' }],
  };

  it('a coordinator records that an Ambito used an instrument; anonymous visitors read it, without who recorded it', async () => {
    const res = await agents['coordinatrice']!.gql<{ recordInstrumentExperience: Record<string, unknown> }>(RECORD, { i: valid });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordInstrumentExperience).toMatchObject({
      area: 'casa e abitare', year: 2024, description: "Co-progettazione dell'housing temporaneo con gli ETS dell'Ambito",
      ambito: { id: 'dalmine' }, space: null, instrument: { id: 'co-progettazione' }, recordedByName: 'Carla Coordinatrice (demo)',
      links: [{ url: 'https://www.example.org/verbale-2024-03.pdf', label: 'Verbale del tavolo' }],
    });
    const seen = await agents['anonymous']!.gql<{ instrument: { experiences: { year: number; recordedByName: string | null; ambito: { id: string } }[] } }>(
      '{ instrument(id: "co-progettazione") { experiences { year recordedByName ambito { id } } } }',
    );
    expect(seen.data!.instrument.experiences).toEqual([{ year: 2024, recordedByName: null, ambito: { id: 'dalmine' } }]);
    const feed = await sut.sql.query("SELECT action FROM audit_event WHERE space_id = 'tavolo-sviluppo-welfare-locale' AND action = 'instrument.experienceRecorded'");
    expect(feed.rows).toHaveLength(1);
  });

  it('an ETS member records for a space they belong to, not for an Ambito alone', async () => {
    const ok = await agents['ets']!.gql<{ recordInstrumentExperience: { space: { id: string } } }>(RECORD, {
      i: { ...valid, ambitoId: null, spaceId: 'tavolo-provinciale-casa', instrumentId: 'concessione-beni-immobili-ets', year: 2025 },
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.recordInstrumentExperience.space).toEqual({ id: 'tavolo-provinciale-casa', name: expect.any(String) });
    const refused = await agents['ets']!.gql(RECORD, { i: { ...valid, ambitoId: 'seriate' } });
    expect(refused.errors![0]!.extensions.code).toBe('FORBIDDEN');
  });

  it('members of a space of the Ambito may record for it; reviewers and anonymous visitors may not', async () => {
    const reviewer = await agents['sindaco']!.gql(RECORD, { i: valid });
    expect(reviewer.errors![0]!.extensions.code).toBe('FORBIDDEN');
    expect((await agents['anonymous']!.gql(RECORD, { i: valid })).errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
    // The tecnico writes in the tavolo di sviluppo del welfare locale, which maps the experiences.
    const member = await agents['tecnico']!.gql(RECORD, { i: { ...valid, ambitoId: 'seriate', instrumentId: 'convenzioni-odv-aps', area: 'anziani', year: 2023 } });
    expect(member.errors).toBeUndefined();
  });

  it('refuses bad input field by field and writes nothing', async () => {
    const before = await count();
    const year = await agents['admin']!.gql(RECORD, { i: { ...valid, year: 1999 } });
    expect(year.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(year.errors![0]!.extensions.fields!.map((f) => f.field)).toEqual(['year']);
    const future = await agents['admin']!.gql(RECORD, { i: { ...valid, year: 2101 } });
    expect(future.errors![0]!.extensions.fields!.map((f) => f.field)).toEqual(['year']);
    const nowhere = await agents['admin']!.gql(RECORD, { i: { ...valid, ambitoId: null, spaceId: null } });
    expect(nowhere.errors![0]!.extensions.fields!.map((f) => f.field)).toEqual(['ambitoId']);
    const wrong = await agents['admin']!.gql(RECORD, {
      i: { ...valid, instrumentId: 'nessuno', ambitoId: 'atlantide', spaceId: 'spazio-inesistente', area: 'astronomia', links: [{ url: 'javascript:alert(1)' }] },
    });
    expect(wrong.errors![0]!.extensions.fields!.map((f) => f.field)).toEqual(['instrumentId', 'area', 'links.0.url', 'ambitoId', 'spaceId']);
    const long = await agents['admin']!.gql(RECORD, { i: { ...valid, description: 'x'.repeat(2001), partners: ['ok', 'x'.repeat(201)] } });
    expect(long.errors![0]!.extensions.fields!.map((f) => f.field).sort()).toEqual(['description', 'partners']);
    const stripped = await agents['admin']!.gql(RECORD, { i: { ...valid, authorId: 'someone-else' } });
    expect(stripped.errors![0]!.extensions.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    expect(await count()).toBe(before);
  });

  it('shows the Ambiti × instruments matrix, with provincial spaces apart', async () => {
    const res = await agents['anonymous']!.gql<{ instrumentExperienceMatrix: { total: number; ambiti: unknown[]; instruments: unknown[]; cells: unknown[] } }>(MATRIX);
    const matrix = res.data!.instrumentExperienceMatrix;
    expect(matrix.total).toBe(3);
    expect(matrix.ambiti).toHaveLength(14);
    expect(matrix.instruments).toHaveLength(23);
    expect(matrix.cells).toEqual([
      { ambitoId: 'dalmine', instrumentId: 'co-progettazione', count: 1, years: [2024] },
      { ambitoId: 'seriate', instrumentId: 'convenzioni-odv-aps', count: 1, years: [2023] },
      { ambitoId: null, instrumentId: 'concessione-beni-immobili-ets', count: 1, years: [2025] },
    ]);
    const again = await agents['coordinatrice']!.gql(RECORD, { i: { ...valid, year: 2025 } });
    expect(again.errors).toBeUndefined();
    const after = await agents['anonymous']!.gql<{ instrumentExperienceMatrix: { cells: { ambitoId: string; instrumentId: string; count: number; years: number[] }[] } }>(MATRIX);
    expect(after.data!.instrumentExperienceMatrix.cells[0]).toEqual({ ambitoId: 'dalmine', instrumentId: 'co-progettazione', count: 2, years: [2024, 2025] });
  });

  it('signed-in people annotate instruments; notes are not shown to anonymous visitors', async () => {
    const added = await agents['ets']!.gql<{ addInstrumentComment: { body: string; authorName: string } }>(COMMENT, { id: 'co-progettazione', b: '  Utile anche per i servizi per la disabilità.  ' });
    expect(added.data!.addInstrumentComment).toMatchObject({ body: 'Utile anche per i servizi per la disabilità.', authorName: 'Enrico Terzosettore (demo)' });
    const read = await agents['sindaco']!.gql<{ instrument: { comments: { body: string }[] } }>('{ instrument(id: "co-progettazione") { comments { body authorName } } }');
    expect(read.data!.instrument.comments).toEqual([{ body: 'Utile anche per i servizi per la disabilità.', authorName: 'Enrico Terzosettore (demo)' }]);
    const hidden = await agents['anonymous']!.gql<{ instrument: { comments: unknown[] } }>('{ instrument(id: "co-progettazione") { comments { body } } }');
    expect(hidden.data!.instrument.comments).toEqual([]);
    expect((await agents['anonymous']!.gql(COMMENT, { id: 'co-progettazione', b: 'Anonimo' })).errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
    const empty = await agents['ets']!.gql(COMMENT, { id: 'co-progettazione', b: '   ' });
    expect(empty.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    const tooLong = await agents['ets']!.gql(COMMENT, { id: 'co-progettazione', b: 'x'.repeat(4001) });
    expect(tooLong.errors![0]!.extensions.fields![0]!.field).toBe('body');
    expect((await agents['ets']!.gql(COMMENT, { id: 'nessuno', b: 'Nota' })).errors![0]!.extensions.code).toBe('NOT_FOUND');
  });
});
