import { DEMO_PASSWORD, openDataSource, seedInstruments } from '@condivisa/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgent, startTestApp, type TestApp } from '../testing/test-app';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }';
const LIST = 'query($f: InstrumentFilter) { instruments(filter: $f) { id } }';
const SUGGEST = `query($a: [InstrumentAnswerInput!]!) { suggestInstruments(answers: $a) {
  status score instrument { id } because { questionId optionId text } excludedBecause { questionId text } cautions } }`;
const UPDATE = 'mutation($id: ID!, $i: UpdateInstrumentInput!, $r: String!) { updateInstrument(id: $id, input: $i, reason: $r) { id revision summary keySteps } }';
const REVISIONS = 'query($id: ID!) { instrumentRevisions(id: $id) { id number reason authorName changedFields } }';
const DIFF = `query($a: ID!, $b: ID!) { instrumentRevisionDiff(fromRevisionId: $a, toRevisionId: $b) {
  from { number } to { number } changes { field label list before after items { change text } } } }`;
const CREATE_RELATION = `mutation($i: CreateInstrumentRelationInput!, $r: String!) {
  createInstrumentRelation(input: $i, reason: $r) { id kind note from { id revision } to { id } } }`;
const DELETE_RELATION = 'mutation($id: ID!, $r: String!) { deleteInstrumentRelation(id: $id, reason: $r) { id revision } }';

type Agent = ReturnType<typeof graphqlAgent>;
type Suggestion = {
  status: string; score: number; instrument: { id: string };
  because: { questionId: string; optionId: string; text: string }[]; excludedBecause: { questionId: string; text: string }[]; cautions: string[];
};

describe('instrument map: catalogue, filters, guided choice and comparison, open to anonymous visitors', () => {
  let sut: TestApp;
  let anonymous: Agent;

  beforeAll(async () => {
    sut = await startTestApp({}, { seedDemo: false });
    anonymous = graphqlAgent(sut.app);
  });
  afterAll(() => sut.close());

  it('seeds 23 instruments, 26 relations and 69 sources, each instrument with revision 1 from the initial data', async () => {
    const counts = await sut.sql.query(`SELECT (SELECT count(*) FROM instrument)::int i, (SELECT count(*) FROM instrument_relation)::int r,
      (SELECT count(*) FROM instrument_source)::int s, (SELECT count(*) FROM instrument_revision WHERE number = 1 AND author_id IS NULL)::int v`);
    expect(counts.rows[0]).toEqual({ i: 23, r: 26, s: 69, v: 23 });
  });

  it('every relation points to existing instruments and every legal basis names an existing source', async () => {
    const dangling = await sut.sql.query(`SELECT count(*)::int n FROM instrument_relation r
      WHERE NOT EXISTS (SELECT 1 FROM instrument i WHERE i.id = r.from_id) OR NOT EXISTS (SELECT 1 FROM instrument i WHERE i.id = r.to_id)`);
    expect(dangling.rows[0].n).toBe(0);
    const orphans = await sut.sql.query(`SELECT i.id, b->>'sourceId' AS source FROM instrument i, jsonb_array_elements(i.legal_basis) b
      WHERE NOT EXISTS (SELECT 1 FROM instrument_source s WHERE s.id = b->>'sourceId')`);
    expect(orphans.rows).toEqual([]);
    const bases = await sut.sql.query('SELECT count(*)::int n FROM instrument i, jsonb_array_elements(i.legal_basis) b');
    expect(bases.rows[0].n).toBe(64);
  });

  it('a second seed run adds nothing', async () => {
    const ds = await openDataSource(sut.databaseUrl);
    await seedInstruments(ds);
    await ds.destroy();
    const counts = await sut.sql.query('SELECT (SELECT count(*) FROM instrument_relation)::int r, (SELECT count(*) FROM instrument_revision)::int v');
    expect(counts.rows[0]).toEqual({ r: 26, v: 23 });
  });

  it('lists the catalogue in its order and filters by family, phase, counterpart, area and accent-free text', async () => {
    const ids = async (f: Record<string, unknown> = {}) => ((await anonymous.gql<{ instruments: { id: string }[] }>(LIST, { f })).data!.instruments).map((i) => i.id);
    const all = await ids();
    expect(all).toHaveLength(23);
    expect(all.slice(0, 2)).toEqual(['co-programmazione', 'co-progettazione']);
    expect(await ids({ families: ['AGREEMENT'] })).toEqual(['accordi-tra-amministrazioni', 'accordo-di-programma', 'accordo-di-programma-piano-di-zona']);
    expect(await ids({ counterpartKinds: ['ODV'], areas: ['emergenza sanitaria'] })).toEqual(['trasporto-sanitario-emergenza-urgenza']);
    expect(await ids({ phases: ['PROGRAMMING'], families: ['COLLABORATIVE'] })).toEqual(['co-programmazione', 'partecipazione-terzo-settore-piano-di-zona']);
    expect(await ids({ search: 'COMUNITA lombardia' })).toContain('cooperative-di-comunita');
    expect(await ids({ search: 'art. 56' })).toContain('convenzioni-odv-aps');
    const bad = await anonymous.gql(LIST, { f: { families: ['MARKET'] } });
    expect(bad.errors![0]!.extensions.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
  });

  it('counts the facets with the other filters applied', async () => {
    const res = await anonymous.gql<{ instrumentFacets: { families: { value: string; count: number }[]; areas: { value: string; count: number }[] } }>(
      '{ instrumentFacets(filter: { counterpartKinds: [PUBLIC_BODY] }) { families { value count } areas { value count } } }',
    );
    const families = Object.fromEntries(res.data!.instrumentFacets.families.map((f) => [f.value, f.count]));
    expect(families).toMatchObject({ AGREEMENT: 3, COLLABORATIVE: 2, COMPETITIVE: 0 });
  });

  it('shows an instrument with its legal basis and links, relations both ways, sources, unverified flags and history', async () => {
    const res = await anonymous.gql<{ instrument: Record<string, never> }>(`{ instrument(id: "co-progettazione") {
      id name family phases unverified revision
      legalBasis { act article sourceId url unverified }
      relations { relationId direction kind label note unverified other { id name } }
      sources { id url kind } profile { counterpartKinds resourceFlows aims }
      revisions { number authorName reason } comments { id } experiences { id } } }`);
    const instrument = res.data!.instrument as unknown as {
      legalBasis: { act: string; url: string }[]; relations: { direction: string; kind: string; label: string; unverified: boolean; other: { id: string } }[];
      revisions: unknown[]; comments: unknown[]; profile: { resourceFlows: string[] }; phases: string[];
    };
    expect(instrument.phases).toEqual(['DESIGN', 'ASSIGNMENT', 'EXECUTION', 'EVALUATION']);
    expect(instrument.legalBasis[0]).toMatchObject({ act: 'D.Lgs. 117/2017', url: expect.stringMatching(/^https:\/\/www\.normattiva\.it/) });
    expect(instrument.relations).toContainEqual(expect.objectContaining({ direction: 'INCOMING', kind: 'PRECEDES', label: 'è preceduto da', other: { id: 'co-programmazione', name: 'Co-programmazione' } }));
    expect(instrument.relations).toContainEqual(expect.objectContaining({ direction: 'OUTGOING', kind: 'REQUIRES', unverified: true, other: expect.objectContaining({ id: 'contributi-sovvenzioni' }) }));
    expect(instrument.profile.resourceFlows).toEqual(['CONTRIBUTION', 'COST_REIMBURSEMENT']);
    expect(instrument.revisions).toEqual([{ number: 1, authorName: null, reason: 'Dati iniziali (instruments.json)' }]);
    expect(instrument.comments).toEqual([]);
    const unverified = await anonymous.gql<{ instrument: { unverified: boolean; unverifiedNote: string } }>('{ instrument(id: "budget-di-salute") { unverified unverifiedNote } }');
    expect(unverified.data!.instrument.unverified).toBe(true);
    expect((await anonymous.gql<{ instrument: null }>('{ instrument(id: "nessuno") { id } }')).data!.instrument).toBeNull();
  });

  it('serves the guided-choice questions as data', async () => {
    const res = await anonymous.gql<{ instrumentQuestions: { id: string; options: { id: string }[] }[] }>('{ instrumentQuestions { id text help options { id label } } }');
    expect(res.data!.instrumentQuestions.map((q) => q.id)).toEqual(['counterpart', 'aim', 'money', 'content', 'market', 'workIntegration', 'area']);
    expect(res.data!.instrumentQuestions[0]!.options.map((o) => o.id)).toContain('ODV');
  });

  it('guided choice: an ODV offering volunteers for cost reimbursement → art. 56 convenzione; the reserved contract excluded with reasons', async () => {
    const res = await anonymous.gql<{ suggestInstruments: Suggestion[] }>(SUGGEST, {
      a: [{ questionId: 'counterpart', optionId: 'ODV' }, { questionId: 'money', optionId: 'COST_REIMBURSEMENT' }],
    });
    const results = res.data!.suggestInstruments;
    expect(results).toHaveLength(23);
    expect(results[0]).toMatchObject({ status: 'SUGGESTED', instrument: { id: 'convenzioni-odv-aps' } });
    expect(results[0]!.because.map((b) => b.questionId)).toEqual(['counterpart', 'money']);
    const reserved = results.find((s) => s.instrument.id === 'appalto-riservato-inserimento-lavorativo')!;
    expect(reserved.status).toBe('EXCLUDED');
    expect(reserved.excludedBecause.map((r) => r.questionId)).toEqual(['counterpart', 'money']);
    expect(reserved.excludedBecause[0]!.text).toMatch(/30%/);
  });

  it('guided choice: the PA fixes the service and pays a price → appalto; reading needs with ETS → co-programmazione', async () => {
    const price = await anonymous.gql<{ suggestInstruments: Suggestion[] }>(SUGGEST, {
      a: [{ questionId: 'content', optionId: 'PA_DEFINES' }, { questionId: 'money', optionId: 'PRICE' }, { questionId: 'aim', optionId: 'RUN_SERVICE' }],
    });
    expect(price.data!.suggestInstruments[0]!.instrument.id).toBe('appalto-servizi-sociali');
    const coDesign = price.data!.suggestInstruments.find((s) => s.instrument.id === 'co-progettazione')!;
    expect(coDesign.excludedBecause.map((r) => r.text).join(' ')).toMatch(/4540\/2024/);
    const needs = await anonymous.gql<{ suggestInstruments: Suggestion[] }>(SUGGEST, {
      a: [{ questionId: 'aim', optionId: 'READ_NEEDS' }, { questionId: 'counterpart', optionId: 'OTHER_ETS' }],
    });
    expect(needs.data!.suggestInstruments[0]!.instrument.id).toBe('co-programmazione');
  });

  it('refuses unknown questions, options and repeated answers by position', async () => {
    const res = await anonymous.gql(SUGGEST, {
      a: [{ questionId: 'colour', optionId: 'red' }, { questionId: 'money', optionId: 'GRATIS' }, { questionId: 'aim', optionId: 'DESIGN' }, { questionId: 'aim', optionId: 'READ_NEEDS' }],
    });
    expect(res.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions.fields!.map((f) => f.field)).toEqual(['answers.0.questionId', 'answers.1.optionId', 'answers.3.questionId']);
  });

  it('compares 2 to 4 instruments on every attribute; other counts, repeats and unknown ids are bad input', async () => {
    const COMPARE = 'query($ids: [ID!]!) { compareInstruments(ids: $ids) { instruments { id } rows { field label same values } } }';
    const res = await anonymous.gql<{ compareInstruments: { instruments: { id: string }[]; rows: { field: string; same: boolean; values: string[][] }[] } }>(
      COMPARE, { ids: ['convenzioni-odv-aps', 'co-progettazione', 'appalto-servizi-sociali'] },
    );
    const comparison = res.data!.compareInstruments;
    expect(comparison.instruments.map((i) => i.id)).toEqual(['convenzioni-odv-aps', 'co-progettazione', 'appalto-servizi-sociali']);
    const row = (f: string) => comparison.rows.find((r) => r.field === f)!;
    expect(row('resourceFlows').values).toEqual([['rimborso delle spese effettive'], ['contributo a fronte di costi rendicontati', 'rimborso delle spese effettive'], ['corrispettivo']]);
    expect(row('family').same).toBe(false);
    expect(comparison.rows.map((r) => r.field)).toEqual(expect.arrayContaining(['legalBasis', 'counterparts', 'phases', 'keySteps', 'constraints', 'caseLaw', 'areas', 'sourceIds', 'relations']));
    for (const ids of [['co-progettazione'], ['a', 'b', 'c', 'd', 'e']]) {
      const refused = await anonymous.gql(COMPARE, { ids });
      expect(refused.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
      expect(refused.errors![0]!.extensions.fields![0]!.field).toBe('ids');
    }
    const unknown = await anonymous.gql(COMPARE, { ids: ['co-progettazione', 'nessuno', 'co-progettazione'] });
    expect(unknown.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0]!.extensions.fields!.map((f) => f.field).sort()).toEqual(['ids.1', 'ids.2']);
  });
});

describe('instrument map: editing with history, by admins and the curators of the tavolo di sviluppo del welfare locale', () => {
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

  const revisionCount = async () => (await sut.sql.query('SELECT count(*)::int n FROM instrument_revision')).rows[0].n as number;

  it('the coordinator of the tavolo edits an instrument: revision 2 with author, time and reason, in the tavolo’s feed', async () => {
    const before = await sut.sql.query("SELECT summary, key_steps FROM instrument WHERE id = 'co-progettazione'");
    const steps = before.rows[0].key_steps as string[];
    const res = await agents['coordinatrice']!.gql<{ updateInstrument: { revision: number; summary: string } }>(UPDATE, {
      id: 'co-progettazione',
      i: { summary: '  Procedimento di amministrazione condivisa per costruire insieme un intervento.  ', keySteps: [...steps.slice(0, 2), 'Verifica di coerenza con il Piano di Zona', ...steps.slice(2)] },
      r: 'Allineamento al modello provinciale',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateInstrument).toMatchObject({ revision: 2, summary: 'Procedimento di amministrazione condivisa per costruire insieme un intervento.' });
    const revisions = await agents['anonymous']!.gql<{ instrumentRevisions: { id: string; number: number; reason: string; authorName: string; changedFields: string[] }[] }>(REVISIONS, { id: 'co-progettazione' });
    const [latest, first] = revisions.data!.instrumentRevisions;
    expect(latest).toMatchObject({ number: 2, reason: 'Allineamento al modello provinciale', authorName: 'Carla Coordinatrice (demo)', changedFields: ['summary', 'keySteps'] });
    expect(first).toMatchObject({ number: 1, authorName: null });

    const diff = await agents['anonymous']!.gql<{ instrumentRevisionDiff: { from: { number: number }; to: { number: number }; changes: { field: string; list: boolean; before: string; after: string; items: { change: string; text: string }[] }[] } }>(
      DIFF, { a: first!.id, b: latest!.id },
    );
    const changes = diff.data!.instrumentRevisionDiff.changes;
    expect(changes.map((c) => c.field)).toEqual(['summary', 'keySteps']);
    expect(changes[0]).toMatchObject({ list: false, before: before.rows[0].summary, after: 'Procedimento di amministrazione condivisa per costruire insieme un intervento.' });
    expect(changes[1]!.items.filter((i) => i.change !== 'UNCHANGED')).toEqual([{ change: 'ADDED', text: 'Verifica di coerenza con il Piano di Zona' }]);
    expect(changes[1]!.items).toHaveLength(steps.length + 1);

    const feed = await sut.sql.query("SELECT action, details->>'reason' AS reason FROM audit_event WHERE space_id = 'tavolo-sviluppo-welfare-locale' AND entity_id = 'co-progettazione'");
    expect(feed.rows).toEqual([{ action: 'instrument.updated', reason: 'Allineamento al modello provinciale' }]);
  });

  it('any two revisions compare, in either order; revisions of different instruments do not', async () => {
    const revisions = (await agents['anonymous']!.gql<{ instrumentRevisions: { id: string }[] }>(REVISIONS, { id: 'co-progettazione' })).data!.instrumentRevisions;
    const backwards = await agents['anonymous']!.gql<{ instrumentRevisionDiff: { changes: { field: string; items: { change: string }[] }[] } }>(DIFF, { a: revisions[0]!.id, b: revisions[1]!.id });
    expect(backwards.data!.instrumentRevisionDiff.changes[1]!.items.filter((i) => i.change === 'REMOVED')).toHaveLength(1);
    const other = (await agents['anonymous']!.gql<{ instrumentRevisions: { id: string }[] }>(REVISIONS, { id: 'co-programmazione' })).data!.instrumentRevisions;
    const mixed = await agents['anonymous']!.gql(DIFF, { a: revisions[0]!.id, b: other[0]!.id });
    expect(mixed.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    const missing = await agents['anonymous']!.gql(DIFF, { a: revisions[0]!.id, b: 'not-a-uuid' });
    expect(missing.errors![0]!.extensions.code).toBe('NOT_FOUND');
  });

  it('an edit that changes nothing writes no revision', async () => {
    const before = await revisionCount();
    const current = await sut.sql.query("SELECT name FROM instrument WHERE id = 'co-progettazione'");
    const res = await agents['admin']!.gql<{ updateInstrument: { revision: number } }>(UPDATE, { id: 'co-progettazione', i: { name: current.rows[0].name }, r: 'Nessun cambiamento' });
    expect(res.data!.updateInstrument.revision).toBe(2);
    expect(await revisionCount()).toBe(before);
  });

  it('an admin edits the guided-choice profile, and the guided choice follows it', async () => {
    const res = await agents['admin']!.gql<{ updateInstrument: { revision: number } }>(UPDATE, {
      id: 'patti-di-collaborazione-beni-comuni', i: { profile: { resourceFlows: ['NONE'] } }, r: 'Nei patti nessun rimborso monetario',
    });
    expect(res.data!.updateInstrument.revision).toBe(2);
    const suggest = await agents['anonymous']!.gql<{ suggestInstruments: Suggestion[] }>(SUGGEST, { a: [{ questionId: 'money', optionId: 'COST_REIMBURSEMENT' }] });
    expect(suggest.data!.suggestInstruments.find((s) => s.instrument.id === 'patti-di-collaborazione-beni-comuni')!.status).toBe('EXCLUDED');
  });

  it('refuses ETS members, other spaces’ coordinators, reviewers and anonymous visitors, writing nothing', async () => {
    const before = await revisionCount();
    const attempt = (who: string) => agents[who]!.gql(UPDATE, { id: 'co-progettazione', i: { name: 'Modifica non autorizzata' }, r: 'Prova di accesso' });
    for (const who of ['ets', 'tecnico', 'sindaco']) expect((await attempt(who)).errors![0]!.extensions.code, who).toBe('FORBIDDEN');
    expect((await attempt('anonymous')).errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
    const relation = await agents['ets']!.gql(CREATE_RELATION, { i: { fromId: 'co-programmazione', toId: 'budget-di-salute', kind: 'PRECEDES', note: 'Prova' }, r: 'Prova di accesso' });
    expect(relation.errors![0]!.extensions.code).toBe('FORBIDDEN');
    expect(await revisionCount()).toBe(before);
    const name = await sut.sql.query("SELECT name FROM instrument WHERE id = 'co-progettazione'");
    expect(name.rows[0].name).toBe('Co-progettazione');
    const permissions = async (who: string) => (await agents[who]!.gql<{ instrumentPermissions: Record<string, boolean> }>('{ instrumentPermissions { canEdit canRecordExperience canComment } }')).data!.instrumentPermissions;
    expect(await permissions('coordinatrice')).toEqual({ canEdit: true, canRecordExperience: true, canComment: true });
    expect(await permissions('tecnico')).toEqual({ canEdit: false, canRecordExperience: true, canComment: true });
    expect(await permissions('sindaco')).toEqual({ canEdit: false, canRecordExperience: false, canComment: true });
    expect(await permissions('anonymous')).toEqual({ canEdit: false, canRecordExperience: false, canComment: false });
  });

  it('refuses bad input field by field, writing nothing', async () => {
    const before = await revisionCount();
    const bad = await agents['admin']!.gql(UPDATE, {
      id: 'co-progettazione',
      i: { legalBasis: [{ act: 'L. 1/2000', article: 'art. 1', sourceId: 'src-inesistente' }], areas: ['astronomia'], phases: [] },
      r: 'Prova di dati errati',
    });
    expect(bad.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions.fields!.map((f) => f.field)).toEqual(['phases', 'legalBasis.0.sourceId', 'areas']);
    const shortReason = await agents['admin']!.gql(UPDATE, { id: 'co-progettazione', i: { name: 'Co-progettazione (art. 55)' }, r: 'x' });
    expect(shortReason.errors![0]!.extensions.fields![0]!.field).toBe('reason');
    const longName = await agents['admin']!.gql(UPDATE, { id: 'co-progettazione', i: { name: 'x'.repeat(301) }, r: 'Nome troppo lungo' });
    expect(longName.errors![0]!.extensions.fields![0]!.field).toBe('name');
    const nested = await agents['admin']!.gql(UPDATE, { id: 'co-progettazione', i: { legalBasis: [{ act: 'L', article: '', sourceId: 'src-cts' }] }, r: 'Base giuridica vuota' });
    expect(nested.errors![0]!.extensions.fields!.map((f) => f.field)).toEqual(['legalBasis.0.act', 'legalBasis.0.article']);
    const missing = await agents['admin']!.gql(UPDATE, { id: 'nessuno', i: { name: 'Qualcosa di valido' }, r: 'Strumento inesistente' });
    expect(missing.errors![0]!.extensions.code).toBe('NOT_FOUND');
    expect(await revisionCount()).toBe(before);
  });

  it('creates and deletes relations, each a revision of the source instrument, refusing duplicates and loops', async () => {
    const created = await agents['coordinatrice']!.gql<{ createInstrumentRelation: { id: string; kind: string; from: { id: string; revision: number }; to: { id: string } } }>(CREATE_RELATION, {
      i: { fromId: 'co-programmazione', toId: 'budget-di-salute', kind: 'PRECEDES', note: 'La lettura dei bisogni orienta i progetti personalizzati' },
      r: 'Esito del tavolo di marzo',
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createInstrumentRelation).toMatchObject({ kind: 'PRECEDES', from: { id: 'co-programmazione', revision: 2 }, to: { id: 'budget-di-salute' } });
    const history = (await agents['anonymous']!.gql<{ instrumentRevisions: { id: string; changedFields: string[]; reason: string }[] }>(REVISIONS, { id: 'co-programmazione' })).data!.instrumentRevisions;
    expect(history[0]).toMatchObject({ changedFields: ['relations'], reason: 'Esito del tavolo di marzo' });
    const diff = await agents['anonymous']!.gql<{ instrumentRevisionDiff: { changes: { field: string; items: { change: string; text: string }[] }[] } }>(DIFF, { a: history[1]!.id, b: history[0]!.id });
    expect(diff.data!.instrumentRevisionDiff.changes[0]!.items.filter((i) => i.change === 'ADDED').map((i) => i.text))
      .toEqual(['precede «Budget di salute»: La lettura dei bisogni orienta i progetti personalizzati']);

    const again = await agents['coordinatrice']!.gql(CREATE_RELATION, {
      i: { fromId: 'co-programmazione', toId: 'budget-di-salute', kind: 'PRECEDES', note: 'Doppia' }, r: 'Doppione',
    });
    expect(again.errors![0]!.extensions.code).toBe('CONFLICT');
    const loop = await agents['coordinatrice']!.gql(CREATE_RELATION, { i: { fromId: 'co-programmazione', toId: 'co-programmazione', kind: 'EXCLUDES', note: 'Sé stesso' }, r: 'Anello' });
    expect(loop.errors![0]!.extensions.fields!.map((f) => f.field)).toEqual(['toId']);
    const unknown = await agents['coordinatrice']!.gql(CREATE_RELATION, { i: { fromId: 'nessuno', toId: 'co-programmazione', kind: 'EXCLUDES', note: 'Ignoto' }, r: 'Ignoto' });
    expect(unknown.errors![0]!.extensions.fields!.map((f) => f.field)).toEqual(['fromId']);

    expect((await agents['ets']!.gql(DELETE_RELATION, { id: created.data!.createInstrumentRelation.id, r: 'Prova di accesso' })).errors![0]!.extensions.code).toBe('FORBIDDEN');
    const deleted = await agents['admin']!.gql<{ deleteInstrumentRelation: { id: string; revision: number } }>(DELETE_RELATION, { id: created.data!.createInstrumentRelation.id, r: 'Relazione non condivisa dal tavolo' });
    expect(deleted.data!.deleteInstrumentRelation).toEqual({ id: 'co-programmazione', revision: 3 });
    const graph = await agents['anonymous']!.gql<{ instrumentRelations: { from: { id: string }; to: { id: string } }[] }>('{ instrumentRelations { id kind from { id } to { id } } }');
    expect(graph.data!.instrumentRelations).toHaveLength(26);
    const gone = await agents['admin']!.gql(DELETE_RELATION, { id: created.data!.createInstrumentRelation.id, r: 'Di nuovo' });
    expect(gone.errors![0]!.extensions.code).toBe('NOT_FOUND');
  });

  it('a seeded relation deleted by an editor does not come back at the next start', async () => {
    const relation = await sut.sql.query("SELECT id FROM instrument_relation WHERE from_id = 'co-progettazione' AND to_id = 'cooperative-di-comunita'");
    await agents['admin']!.gql(DELETE_RELATION, { id: relation.rows[0].id, r: 'Le cooperative di comunità ETS possono co-progettare' });
    const ds = await openDataSource(sut.databaseUrl);
    await seedInstruments(ds);
    await ds.destroy();
    const after = await sut.sql.query("SELECT count(*)::int n FROM instrument_relation WHERE from_id = 'co-progettazione' AND to_id = 'cooperative-di-comunita'");
    expect(after.rows[0].n).toBe(0);
  });

  it('moves the date of the last change of the map', async () => {
    const res = await agents['anonymous']!.gql<{ instrumentMapLastChange: string }>('{ instrumentMapLastChange }');
    const latest = await sut.sql.query('SELECT max(created_at) AS at FROM instrument_revision');
    expect(new Date(res.data!.instrumentMapLastChange).getTime()).toBe((latest.rows[0].at as Date).getTime());
  });
});
