import { DEMO_PASSWORD } from '@condivisa/db';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { createHash } from 'node:crypto';
import type { Response } from 'supertest';
import request from 'supertest';
import { extractText } from 'unpdf';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectLive } from '../testing/live-clients';
import { graphqlAgent, startTestApp, type TestApp } from '../testing/test-app';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }';
const WELFARE_OBJECTIVE = 'iss-5-sviluppo-del-welfare-locale';
const CASA_OBJECTIVE = 'soc-3-casa';
const INDICATOR = 'id name unit computed baselineValue targets { year value } bySemester { semester value } history { semester value current enteredByName }';
const DEFINE = `mutation($o: ID!, $i: IndicatorInput!) { defineIndicator(objectiveId: $o, input: $i) { ${INDICATOR} } }`;
const RECORD = `mutation($i: ID!, $s: String!, $v: Float!, $n: String!) { recordIndicatorValue(indicatorId: $i, semester: $s, value: $v, note: $n) { ${INDICATOR} } }`;

type Agent = ReturnType<typeof graphqlAgent>;
type Gql = Awaited<ReturnType<Agent['gql']>>;
interface IndicatorView { id: string; bySemester: { semester: string; value: number | null }[]; history: { semester: string; value: number; current: boolean; enteredByName: string | null }[] }
const code = (res: Gql) => res.errors?.[0]?.extensions.code;
const binary = (res: Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};
const valueIn = (i: IndicatorView, semester: string) => i.bySemester.find((s) => s.semester === semester)!.value;

describe('monitoring the provincial plan', () => {
  let sut: TestApp;
  const as: Record<string, Agent> = {};

  beforeAll(async () => {
    sut = await startTestApp();
    for (const who of ['coordinatrice', 'tecnico', 'ets']) {
      as[who] = graphqlAgent(sut.app);
      await as[who]!.gql(LOGIN, { e: `${who}@condivisa.example`, p: DEMO_PASSWORD });
    }
  });
  afterAll(() => sut.close());

  it('seeds the 12 objectives with their 84 actions, each in 2025-2027 or over several years, and their monitoring texts', async () => {
    const res = await graphqlAgent(sut.app).gql<{ objectives: { id: string; monitoring: string[]; governanceBodies: string[]; actions: { year: number | null; years: number[]; status: string }[] }[] }>(
      '{ objectives { id monitoring governanceBodies actions { year years status } } }',
    );
    const objectives = res.data!.objectives;
    expect(objectives).toHaveLength(12);
    const actions = objectives.flatMap((o) => o.actions);
    expect(actions).toHaveLength(84);
    for (const a of actions) {
      if (a.year !== null) expect([2025, 2026, 2027]).toContain(a.year);
      else a.years.forEach((y) => expect([2025, 2026, 2027]).toContain(y));
      expect(a.status).toBe('NOT_STARTED');
    }
    expect(objectives.every((o) => o.monitoring.length > 0 && o.governanceBodies.length > 0)).toBe(true);
  });

  it('lets the objective’s coordinators define indicators, refusing targets in the wrong unit or outside the plan', async () => {
    const input = { name: 'Ambiti con sperimentazioni di co-progettazione avviate', unit: 'COUNT', direction: 'HIGHER_IS_BETTER', baselineValue: 0, baselineDate: '2024-12-31', dataSource: 'Uffici di Piano', targets: [{ year: 2026, value: 3 }] };
    for (const [bad, field] of [
      [{ ...input, targets: [{ year: 2026, value: 2.5 }] }, 'targets.0.value'],
      [{ ...input, unit: 'PERCENT', targets: [{ year: 2026, value: 150 }] }, 'targets.0.value'],
      [{ ...input, targets: [{ year: 2028, value: 3 }] }, 'targets.0.year'],
      [{ ...input, baselineValue: -1 }, 'baselineValue'],
    ] as const) {
      const res = await as['coordinatrice']!.gql(DEFINE, { o: WELFARE_OBJECTIVE, i: bad });
      expect(code(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.extensions.fields![0]!.field).toBe(field);
    }
    expect(code(await as['tecnico']!.gql(DEFINE, { o: WELFARE_OBJECTIVE, i: input }))).toBe('FORBIDDEN');
    expect(code(await as['ets']!.gql(DEFINE, { o: WELFARE_OBJECTIVE, i: input }))).toBe('FORBIDDEN');
    const ok = await as['coordinatrice']!.gql<{ defineIndicator: { targets: unknown[] } }>(DEFINE, { o: WELFARE_OBJECTIVE, i: input });
    expect(ok.data!.defineIndicator.targets).toEqual([{ year: 2026, value: 3 }]);
    expect(Number((await sut.sql.query('SELECT count(*) FROM indicator')).rows[0].count)).toBe(1);
  });

  it('records half-year values with who and when; a correction keeps the old value in the history', async () => {
    const { id } = (await sut.sql.query('SELECT id FROM indicator LIMIT 1')).rows[0];
    const outside = await as['coordinatrice']!.gql(RECORD, { i: id, s: '2024-H2', v: 1, n: '' });
    expect(code(outside)).toBe('BAD_USER_INPUT');
    expect(outside.errors![0]!.message).toContain('2025-H1 a 2027-H2');
    expect(code(await as['coordinatrice']!.gql(RECORD, { i: id, s: '2025-H2', v: 1.5, n: '' }))).toBe('BAD_USER_INPUT');
    expect(code(await as['ets']!.gql(RECORD, { i: id, s: '2025-H2', v: 1, n: '' }))).toBe('FORBIDDEN');
    await as['coordinatrice']!.gql(RECORD, { i: id, s: '2025-H2', v: 1, n: 'Ambito di Dalmine' });
    const corrected = (await as['coordinatrice']!.gql<{ recordIndicatorValue: IndicatorView }>(RECORD, { i: id, s: '2025-H2', v: 2, n: 'Aggiunto Seriate' })).data!.recordIndicatorValue;
    expect(valueIn(corrected, '2025-H2')).toBe(2);
    expect(corrected.history.map((h) => [h.value, h.current])).toEqual([[1, false], [2, true]]);
    expect(corrected.history[0]!.enteredByName).toBe('Carla Coordinatrice (demo)');
    await expect(sut.sql.query('UPDATE indicator_value SET value = 9')).rejects.toThrow(/append-only/);
    // Anonymous readers see values, not who entered them.
    const publicView = await graphqlAgent(sut.app).gql<{ indicators: IndicatorView[] }>(`query($o: ID!) { indicators(objectiveId: $o) { ${INDICATOR} } }`, { o: WELFARE_OBJECTIVE });
    expect(publicView.data!.indicators[0]!.history.map((h) => h.enteredByName)).toEqual([null, null]);
  });

  it('marks actions with a status (a reason for at risk or dropped) and links evidence', async () => {
    const [action] = (await as['coordinatrice']!.gql<{ actions: { id: string }[] }>('query($f: ActionFilter) { actions(filter: $f) { id } }', { f: { objectiveId: WELFARE_OBJECTIVE, year: 2025 } })).data!.actions;
    const UPDATE = 'mutation($a: ID!, $s: ActionStatus!, $j: String) { updateActionStatus(actionId: $a, status: $s, justification: $j) { status statusJustification } }';
    const noReason = await as['coordinatrice']!.gql(UPDATE, { a: action!.id, s: 'AT_RISK' });
    expect(code(noReason)).toBe('BAD_USER_INPUT');
    expect(noReason.errors![0]!.message).toContain('a rischio');
    expect(code(await as['ets']!.gql(UPDATE, { a: action!.id, s: 'DONE' }))).toBe('FORBIDDEN');
    const atRisk = await as['coordinatrice']!.gql<{ updateActionStatus: { status: string; statusJustification: string } }>(UPDATE, { a: action!.id, s: 'AT_RISK', j: 'Manca il personale dedicato' });
    expect(atRisk.data!.updateActionStatus).toEqual({ status: 'AT_RISK', statusJustification: 'Manca il personale dedicato' });
    const EVIDENCE = 'mutation($a: ID!, $k: EvidenceKind!, $r: ID, $u: String, $l: String) { addActionEvidence(actionId: $a, kind: $k, refId: $r, url: $u, label: $l) { kind label url } }';
    expect(code(await as['coordinatrice']!.gql(EVIDENCE, { a: action!.id, k: 'LINK', u: 'javascript:alert(1)', l: 'x' }))).toBe('BAD_USER_INPUT');
    expect(code(await as['coordinatrice']!.gql(EVIDENCE, { a: action!.id, k: 'MINUTES', r: '00000000-0000-4000-8000-000000000000' }))).toBe('BAD_USER_INPUT');
    const link = await as['coordinatrice']!.gql<{ addActionEvidence: { url: string } }>(EVIDENCE, { a: action!.id, k: 'LINK', u: 'https://www.ats-bg.it/piani-di-zona', l: 'Delibera' });
    expect(link.data!.addActionEvidence.url).toBe('https://www.ats-bg.it/piani-di-zona');
  });

  it('computes platform indicators from the objective’s spaces: meetings held and minutes published', async () => {
    const define = (name: string, computed: string) => as['tecnico']!.gql<{ defineIndicator: IndicatorView }>(DEFINE, {
      o: CASA_OBJECTIVE, i: { name, unit: 'COUNT', direction: 'HIGHER_IS_BETTER', computed, targets: [{ year: 2026, value: 4 }] },
    });
    const held = (await define('Incontri del tavolo casa', 'MEETINGS_HELD')).data!.defineIndicator;
    const published = (await define('Verbali pubblicati del tavolo casa', 'MINUTES_PUBLISHED')).data!.defineIndicator;
    const now = new Date();
    const semester = `${now.getFullYear()}-H${now.getMonth() < 6 ? 1 : 2}`;
    expect(valueIn(held, semester)).toBe(0);
    expect(valueIn(held, '2027-H2')).toBeNull(); // not begun yet
    expect(code(await as['tecnico']!.gql(RECORD, { i: held.id, s: semester, v: 3, n: '' }))).toBe('BAD_USER_INPUT');

    // A meeting that took place yesterday, with published minutes.
    const start = new Date(Date.now() - 30 * 3_600_000);
    const meeting = await as['tecnico']!.gql<{ createMeeting: { id: string } }>('mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { id } }', {
      i: { spaceId: 'tavolo-provinciale-casa', title: 'Seduta di ieri', startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3_600_000).toISOString(), agenda: [{ title: 'Punto unico' }] },
    });
    const meetingId = meeting.data!.createMeeting.id;
    const started = await as['tecnico']!.gql<{ startMinutes: { minutesDocumentId: string } }>('mutation($m: ID!) { startMinutes(meetingId: $m) { minutesDocumentId } }', { m: meetingId });
    const live = await connectLive(sut, as['tecnico']!, started.data!.startMinutes.minutesDocumentId);
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText('Il tavolo ha discusso il modello.')]);
    live.doc.getXmlFragment('default').insert(live.doc.getXmlFragment('default').length, [p]);
    await new Promise((r) => setTimeout(r, 100));
    expect((await as['tecnico']!.gql('mutation($m: ID!) { publishMinutes(meetingId: $m) { id } }', { m: meetingId })).errors).toBeUndefined();
    live.provider.destroy();

    const after = (await as['tecnico']!.gql<{ indicators: IndicatorView[] }>(`query($o: ID!) { indicators(objectiveId: $o) { ${INDICATOR} } }`, { o: CASA_OBJECTIVE })).data!.indicators;
    expect(valueIn(after.find((i) => i.id === held.id)!, semester)).toBe(1);
    expect(valueIn(after.find((i) => i.id === published.id)!, semester)).toBe(1);
  });

  it('reports a semester: actions by status, indicators against baseline and target, evidence', async () => {
    const REPORT = 'query($o: ID!, $s: String!) { semesterReport(objectiveId: $o, semester: $s) { year actionsByStatus { status count } actions { id status } indicators { target current progress indicator { name } } evidence { label } } }';
    expect(code(await graphqlAgent(sut.app).gql(REPORT, { o: WELFARE_OBJECTIVE, s: '2030-H1' }))).toBe('BAD_USER_INPUT');
    const report = (await graphqlAgent(sut.app).gql<{ semesterReport: { year: number; actionsByStatus: { status: string; count: number }[]; actions: unknown[]; indicators: { target: number; current: number; progress: number }[]; evidence: { label: string }[] } }>(REPORT, { o: WELFARE_OBJECTIVE, s: '2025-H2' })).data!.semesterReport;
    expect(report.year).toBe(2025);
    expect(report.actionsByStatus.reduce((n, s) => n + s.count, 0)).toBe(report.actions.length);
    expect(report.actionsByStatus.find((s) => s.status === 'AT_RISK')!.count).toBe(1);
    // Target 3 is for 2026: in 2025 there is none, so no progress figure.
    expect(report.indicators[0]).toMatchObject({ target: null, current: 2, progress: null });
    expect(report.evidence.map((e) => e.label)).toEqual(['Delibera']);
    const in2026 = (await graphqlAgent(sut.app).gql<{ semesterReport: { indicators: { target: number; current: number | null }[] } }>(REPORT, { o: WELFARE_OBJECTIVE, s: '2026-H1' })).data!.semesterReport;
    expect(in2026.indicators[0]).toMatchObject({ target: 3, current: null });
  });

  it('starts the Piano di Zona path in a space: phases with due dates and the participation indicators', async () => {
    const START = 'mutation($s: ID!, $t: ID!, $d: String) { startPlanTemplate(spaceId: $s, templateId: $t, approvalDeadline: $d) { text dueDate evidenceRequired status } }';
    const templates = (await as['coordinatrice']!.gql<{ planTemplates: { id: string; phases: string[] }[] }>('{ planTemplates { id phases } }')).data!.planTemplates;
    expect(templates[0]!.phases).toHaveLength(5);
    const vars = { s: 'tavolo-sviluppo-welfare-locale', t: templates[0]!.id, d: '2027-12-31' };
    expect(code(await as['ets']!.gql(START, vars))).toBe('FORBIDDEN');
    const started = (await as['coordinatrice']!.gql<{ startPlanTemplate: { text: string; dueDate: string; evidenceRequired: string[] }[] }>(START, vars)).data!.startPlanTemplate;
    expect(started.map((a) => a.dueDate)).toEqual(['2027-07-31', '2027-09-30', '2027-10-31', '2027-11-30', '2027-12-31']);
    expect(started[4]!.evidenceRequired).toContain('Accordo di Programma sottoscritto');
    expect(code(await as['coordinatrice']!.gql(START, vars))).toBe('CONFLICT');
    const indicators = (await as['coordinatrice']!.gql<{ spaceIndicators: { name: string; unit: string; targets: { value: number }[] }[] }>('query($s: ID!) { spaceIndicators(spaceId: $s) { name unit targets { value } } }', { s: vars.s })).data!.spaceIndicators;
    expect(indicators.map((i) => [i.name, i.unit, i.targets[0]?.value])).toEqual([
      ['Attuazione del progetto nel rispetto di fasi e tempi', 'PERCENT', 100],
      ['Approvazione del Piano con indicazioni sui contenuti strategici', 'COUNT', 1],
      ['Soggetti coinvolti nella valutazione e nella redazione del Piano', 'COUNT', 30],
      ['Soggetti aderenti all’Accordo di Programma', 'COUNT', 30],
    ]);
  });

  it('writes the semester assessment together, freezes the report with its hash, and exports it to PDF, DOCX and XLSX', async () => {
    const START = 'mutation($o: ID!, $s: String!) { startSemesterAssessment(objectiveId: $o, semester: $s) { assessmentDocumentId publication { id } } }';
    const PUBLISH = 'mutation($o: ID!, $s: String!) { publishSemesterReport(objectiveId: $o, semester: $s) { id html contentSha256 publishedByName } }';
    const vars = { o: WELFARE_OBJECTIVE, s: '2025-H2' };
    expect(code(await as['ets']!.gql(START, vars))).toBe('FORBIDDEN');
    const started = (await as['coordinatrice']!.gql<{ startSemesterAssessment: { assessmentDocumentId: string; publication: null } }>(START, vars)).data!.startSemesterAssessment;
    expect(started.publication).toBeNull();
    expect(code(await as['coordinatrice']!.gql(PUBLISH, vars))).toBe('BAD_USER_INPUT'); // nothing written yet
    const live = await connectLive(sut, as['coordinatrice']!, started.assessmentDocumentId);
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText('Il semestre ha visto avviare due sperimentazioni di co-progettazione.')]);
    live.doc.getXmlFragment('default').insert(0, [p]);
    await new Promise((r) => setTimeout(r, 100));
    const act = (await as['coordinatrice']!.gql<{ publishSemesterReport: { id: string; html: string; contentSha256: string; publishedByName: string } }>(PUBLISH, vars)).data!.publishSemesterReport;
    expect(act.contentSha256).toBe(createHash('sha256').update(act.html, 'utf8').digest('hex'));
    for (const part of ['Azioni per stato', 'a rischio', 'Ambiti con sperimentazioni di co-progettazione avviate', 'Delibera', 'due sperimentazioni di co-progettazione']) expect(act.html).toContain(part);
    expect(code(await as['coordinatrice']!.gql(PUBLISH, vars))).toBe('CONFLICT');
    await expect(sut.sql.query('DELETE FROM semester_report_publication')).rejects.toThrow(/cannot be changed or deleted/);
    const frozen = await connectLive(sut, as['coordinatrice']!, started.assessmentDocumentId);
    expect(frozen.readOnly).toBe(true);
    live.provider.destroy();
    frozen.provider.destroy();

    const http = request(sut.app.getHttpServer());
    const pdf = await http.get(`/export/reports/${WELFARE_OBJECTIVE}/2025-H2.pdf`).buffer(true).parse(binary);
    expect(pdf.status).toBe(200);
    const { text } = await extractText(new Uint8Array(pdf.body as Buffer), { mergePages: true });
    for (const part of ['Rapporto 2025-H2', 'due sperimentazioni di co-progettazione', act.contentSha256]) expect(text).toContain(part);
    const docx = await http.get(`/export/reports/${WELFARE_OBJECTIVE}/2025-H2.docx`).buffer(true).parse(binary);
    expect((await mammoth.extractRawText({ buffer: docx.body as Buffer })).value).toContain('Ambiti con sperimentazioni di co-progettazione avviate');
    const xlsx = await http.get(`/export/reports/${WELFARE_OBJECTIVE}/2025-H2.xlsx`).buffer(true).parse(binary);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as never);
    const sheet = book.getWorksheet('Indicatori')!;
    expect(sheet.getRow(1).values).toContain('2025-H2');
    const row = sheet.getRow(2);
    expect(row.getCell(2).value).toBe('Ambiti con sperimentazioni di co-progettazione avviate');
    expect(row.getCell(7).value).toBe(3); // target 2026
    expect(row.getCell(10).value).toBe(2); // 2025-H2 (corrected value)
    expect(code(await graphqlAgent(sut.app).gql('{ provincialReport(semester: "2031-H1") { semester } }'))).toBe('BAD_USER_INPUT');
  });

  it('produces the provincial summary of a semester for all 12 objectives', async () => {
    const http = request(sut.app.getHttpServer());
    const pdf = await http.get('/export/reports/provincia/2025-H2.pdf').buffer(true).parse(binary);
    expect(pdf.status).toBe(200);
    const { text } = await extractText(new Uint8Array(pdf.body as Buffer), { mergePages: true });
    expect(text).toContain('Sintesi provinciale del monitoraggio – 2025-H2');
    expect(text).toContain('Promozione della salute');
    const xlsx = await http.get('/export/reports/provincia/2025-H2.xlsx').buffer(true).parse(binary);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as never);
    expect(book.getWorksheet('Indicatori')!.rowCount).toBe(1 + 3); // header + the three indicators defined above
    const summary = await graphqlAgent(sut.app).gql<{ provincialReport: { objectives: unknown[] } }>('{ provincialReport(semester: "2025-H2") { objectives { semester } } }');
    expect(summary.data!.provincialReport.objectives).toHaveLength(12);
  });
});
