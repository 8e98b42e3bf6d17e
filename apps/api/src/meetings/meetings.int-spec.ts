import { DEMO_COOPERATIVE_ID, DEMO_PASSWORD } from '@condivisa/db';
import { createHash } from 'node:crypto';
import mammoth from 'mammoth';
import type { Response } from 'supertest';
import request from 'supertest';
import { extractText } from 'unpdf';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectLive, type LiveDocument, until } from '../testing/live-clients';
import { graphqlAgent, startTestApp, type TestApp } from '../testing/test-app';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }';
const CASA = 'tavolo-provinciale-casa';
const MEETING_FIELDS = `id title cancelled minutesDocumentId startsAt endsAt place
  agenda { position title presenterOrganization { id } }
  invitees { user { displayName } response }
  attendance { organization { id } status representedBy }
  decisions { text } actionItems { id what dueDate status organization { id } }
  publications { id number contentSha256 supersedesId supersededById }
  permissions { update publish editMinutes }`;
const CREATE = `mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { ${MEETING_FIELDS} } }`;
const MEETING = `query($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS} } }`;
const PUBLISH = 'mutation($m: ID!) { publishMinutes(meetingId: $m) { id number html contentSha256 publishedByName } }';

type Agent = ReturnType<typeof graphqlAgent>;
interface MeetingView {
  id: string;
  minutesDocumentId: string;
  agenda: { title: string }[];
  invitees: { user: { displayName: string }; response: string | null }[];
  attendance: unknown[];
  actionItems: { id: string }[];
  publications: { id: string; number: number; contentSha256: string; supersededById: string | null }[];
  permissions: Record<string, boolean>;
}
type Gql = Awaited<ReturnType<Agent['gql']>>;

const code = (res: Gql) => res.errors?.[0]?.extensions.code;
const binary = (res: Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

function writeParagraph(live: LiveDocument, textValue: string): void {
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText(textValue)]);
  const fragment = live.doc.getXmlFragment('default');
  fragment.insert(fragment.length, [p]);
}

describe('meetings, minutes co-drafted live, and their publication as a frozen public act', () => {
  let sut: TestApp;
  const as: Record<string, Agent> = {};
  const live: LiveDocument[] = [];
  let meetingId = '';
  let outsiderOrg = '';

  const meeting = async (id = meetingId, who = 'tecnico') => (await as[who]!.gql<{ meeting: MeetingView }>(MEETING, { id })).data!.meeting;
  const newMeeting = async (title: string, extra: Record<string, unknown> = {}) => {
    const res = await as['tecnico']!.gql<{ createMeeting: { id: string } }>(CREATE, {
      i: { spaceId: CASA, title, startsAt: inDays(7).toISOString(), endsAt: new Date(inDays(7).getTime() + 7_200_000).toISOString(), agenda: [], ...extra },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.createMeeting.id;
  };

  beforeAll(async () => {
    sut = await startTestApp();
    for (const who of ['tecnico', 'ets', 'coordinatrice', 'sindaco']) {
      as[who] = graphqlAgent(sut.app);
      await as[who]!.gql(LOGIN, { e: `${who}@condivisa.example`, p: DEMO_PASSWORD });
    }
    outsiderOrg = (await sut.sql.query(
      `SELECT id FROM organization WHERE id NOT IN (SELECT organization_id FROM space_organization WHERE space_id = $1)
         AND id NOT IN (SELECT organization_id FROM space_member WHERE space_id = $1) ORDER BY id LIMIT 1`, [CASA],
    )).rows[0].id;
  });
  afterAll(async () => {
    live.forEach((l) => l.provider.destroy());
    await sut.close();
  });

  it('schedules a meeting with an agenda, and tells every other member in the app and by e-mail', async () => {
    const startsAt = new Date('2030-03-04T13:30:00Z');
    const res = await as['tecnico']!.gql<{ createMeeting: MeetingView }>(CREATE, {
      i: {
        spaceId: CASA, title: 'Tavolo casa – seduta di marzo', startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 5_400_000).toISOString(),
        place: 'ATS Bergamo, sala Bonomi',
        agenda: [
          { title: 'Emergenza abitativa: dati 2024', presenterOrganizationId: DEMO_COOPERATIVE_ID },
          { title: 'Modello provinciale dell’abitare', description: 'Prima lettura della bozza' },
        ],
      },
    });
    expect(res.errors).toBeUndefined();
    const created = res.data!.createMeeting;
    meetingId = created.id;
    expect(created.agenda.map((a) => a.title)).toEqual(['Emergenza abitativa: dati 2024', 'Modello provinciale dell’abitare']);
    expect(created.permissions).toEqual({ update: true, publish: true, editMinutes: true });
    const inbox = await as['ets']!.gql<{ notifications: { title: string; link: string }[] }>('{ notifications { title link } }');
    expect(inbox.data!.notifications[0]).toEqual({ title: 'Nuovo incontro: Tavolo casa – seduta di marzo', link: `/incontri/${meetingId}` });
    const mail = await sut.sql.query("SELECT to_address, subject, text_body FROM outbox_email WHERE subject LIKE '%Nuovo incontro%' ORDER BY to_address");
    expect(mail.rows.map((r: { to_address: string }) => r.to_address)).toEqual(['coordinatrice@condivisa.example', 'ets@condivisa.example']);
    expect(mail.rows[0].text_body).toContain('lunedì 4 marzo 2030, 14:30–16:00');
  });

  it('refuses a meeting that ends before it starts, and non-coordinators, changing nothing', async () => {
    const before = Number((await sut.sql.query('SELECT count(*) FROM meeting')).rows[0].count);
    const bad = await as['tecnico']!.gql(CREATE, { i: { spaceId: CASA, title: 'Al contrario', startsAt: inDays(3).toISOString(), endsAt: inDays(2).toISOString(), agenda: [] } });
    expect(code(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.message).toContain("dopo l'inizio");
    const byMember = await as['ets']!.gql(CREATE, { i: { spaceId: CASA, title: 'Non mio', startsAt: inDays(3).toISOString(), endsAt: inDays(4).toISOString(), agenda: [] } });
    expect(code(byMember)).toBe('FORBIDDEN');
    const badVideo = await as['tecnico']!.gql(CREATE, { i: { spaceId: CASA, title: 'Video', startsAt: inDays(3).toISOString(), endsAt: inDays(3.05).toISOString(), videoUrl: 'javascript:alert(1)', agenda: [] } });
    expect(code(badVideo)).toBe('BAD_USER_INPUT');
    expect(Number((await sut.sql.query('SELECT count(*) FROM meeting')).rows[0].count)).toBe(before);
  });

  it('records answers to the invitation and the attendance per organisation, refusing outsiders', async () => {
    await as['ets']!.gql('mutation($m: ID!) { rsvp(meetingId: $m, response: YES) { id } }', { m: meetingId });
    await as['coordinatrice']!.gql('mutation($m: ID!) { rsvp(meetingId: $m, response: NO) { id } }', { m: meetingId });
    const { invitees } = await meeting();
    expect(invitees.find((i) => i.user.displayName.startsWith('Enrico'))!.response).toBe('YES');
    expect(invitees.find((i) => i.user.displayName.startsWith('Tina'))!.response).toBeNull();

    const ATTEND = 'mutation($m: ID!, $e: [AttendanceInput!]!) { recordAttendance(meetingId: $m, entries: $e) { id } }';
    const outsider = await as['tecnico']!.gql(ATTEND, { m: meetingId, e: [{ organizationId: outsiderOrg, status: 'PRESENT' }] });
    expect(code(outsider)).toBe('BAD_USER_INPUT');
    expect(outsider.errors![0]!.message).toContain('non fa parte dello spazio');
    expect(code(await as['ets']!.gql(ATTEND, { m: meetingId, e: [] }))).toBe('FORBIDDEN');
    const ok = await as['tecnico']!.gql(ATTEND, { m: meetingId, e: [
      { organizationId: DEMO_COOPERATIVE_ID, status: 'PRESENT' },
      { organizationId: 'asst-bergamo-ovest', status: 'PRESENT' },
      { organizationId: 'ambito-dalmine', status: 'REPRESENTED', representedBy: 'Ufficio di Piano di Seriate' },
    ] });
    expect(ok.errors).toBeUndefined();
    expect((await meeting()).attendance).toHaveLength(3);
  });

  it('starts the minutes from the agenda, co-drafted live; decisions and actions go with them', async () => {
    const started = await as['ets']!.gql<{ startMinutes: { minutesDocumentId: string } }>('mutation($m: ID!) { startMinutes(meetingId: $m) { minutesDocumentId } }', { m: meetingId });
    const documentId = started.data!.startMinutes.minutesDocumentId;
    const again = await as['tecnico']!.gql<{ startMinutes: { minutesDocumentId: string } }>('mutation($m: ID!) { startMinutes(meetingId: $m) { minutesDocumentId } }', { m: meetingId });
    expect(again.data!.startMinutes.minutesDocumentId).toBe(documentId);

    // Publishing the bare template is refused.
    const empty = await as['tecnico']!.gql(PUBLISH, { m: meetingId });
    expect(code(empty)).toBe('BAD_USER_INPUT');
    expect(empty.errors![0]!.message).toContain('vuoto');

    const ets = await connectLive(sut, as['ets']!, documentId);
    const tecnico = await connectLive(sut, as['tecnico']!, documentId);
    live.push(ets, tecnico);
    const headings = ets.doc.getXmlFragment('default').toArray().map((n) => (n as Y.XmlElement).toString());
    expect(headings.join('')).toContain('1. Emergenza abitativa: dati 2024');
    expect(headings.join('')).toContain('2. Modello provinciale dell’abitare');
    // The attendance recorded before starting is in the template, and does not count as written text.
    expect(headings.join('')).toContain('Ambito Territoriale Sociale Dalmine: rappresentato da Ufficio di Piano di Seriate');
    writeParagraph(ets, 'La cooperativa presenta i dati sulle famiglie in emergenza abitativa.');
    writeParagraph(tecnico, 'Le soluzioni abitative temporanee restano insufficienti.');
    await until(() => ets.doc.getXmlFragment('default').length === tecnico.doc.getXmlFragment('default').length && ets.doc.getXmlFragment('default').length >= 6);

    const DECIDE = 'mutation($m: ID!, $t: [String!]!) { setMeetingDecisions(meetingId: $m, texts: $t) { id } }';
    expect((await as['ets']!.gql(DECIDE, { m: meetingId, t: ['Approvare la prima lettura del modello', 'Aprire un gruppo di lavoro sui dati'] })).errors).toBeUndefined();
    const ADD = 'mutation($m: ID!, $i: ActionItemInput!) { addActionItem(meetingId: $m, input: $i) { id overdue } }';
    const past = await as['ets']!.gql(ADD, { m: meetingId, i: { what: 'Raccogliere i dati', dueDate: '2020-01-01' } });
    expect(code(past)).toBe('BAD_USER_INPUT');
    expect(past.errors![0]!.message).toContain('passato');
    expect(code(await as['ets']!.gql(ADD, { m: meetingId, i: { what: 'Raccogliere i dati', dueDate: '2099-01-01', organizationId: outsiderOrg } }))).toBe('BAD_USER_INPUT');
    const added = await as['ets']!.gql<{ addActionItem: { id: string; overdue: boolean } }>(ADD, {
      m: meetingId, i: { what: 'Raccogliere i dati delle famiglie seguite', dueDate: '2099-06-30', organizationId: DEMO_COOPERATIVE_ID },
    });
    expect(added.data!.addActionItem.overdue).toBe(false);
    const listed = await as['sindaco']!.gql('query($s: ID!) { spaceActionItems(spaceId: $s) { what } }', { s: CASA });
    expect(code(listed)).toBe('FORBIDDEN');
    const mine = await as['coordinatrice']!.gql<{ spaceActionItems: { what: string; meetingTitle: string }[] }>('query($s: ID!) { spaceActionItems(spaceId: $s, openOnly: true) { what meetingTitle } }', { s: CASA });
    expect(mine.data!.spaceActionItems).toEqual([{ what: 'Raccogliere i dati delle famiglie seguite', meetingTitle: 'Tavolo casa – seduta di marzo' }]);
    const decided = await as['coordinatrice']!.gql<{ spaceDecisions: { text: string; meetingTitle: string }[] }>('query($s: ID!) { spaceDecisions(spaceId: $s) { text meetingTitle } }', { s: CASA });
    expect(decided.data!.spaceDecisions.map((d) => d.text)).toEqual(['Approvare la prima lettura del modello', 'Aprire un gruppo di lavoro sui dati']);
  });

  it('publishes the minutes once, with a hash anyone can recompute, and freezes the text on the socket and in the API', async () => {
    expect(code(await as['ets']!.gql(PUBLISH, { m: meetingId }))).toBe('FORBIDDEN');
    const res = await as['tecnico']!.gql<{ publishMinutes: { id: string; number: number; html: string; contentSha256: string; publishedByName: string } }>(PUBLISH, { m: meetingId });
    expect(res.errors).toBeUndefined();
    const act = res.data!.publishMinutes;
    expect(act.number).toBe(1);
    expect(act.contentSha256).toBe(createHash('sha256').update(act.html, 'utf8').digest('hex'));
    for (const part of ['Presenze', 'rappresentato da Ufficio di Piano di Seriate', 'Emergenza abitativa: dati 2024', 'Le soluzioni abitative temporanee restano insufficienti.',
      'Approvare la prima lettura del modello', 'Raccogliere i dati delle famiglie seguite', '2099-06-30']) {
      expect(act.html).toContain(part);
    }
    expect(act.publishedByName).toBe('Tina Tecnica (demo)');

    const twice = await as['tecnico']!.gql(PUBLISH, { m: meetingId });
    expect(code(twice)).toBe('CONFLICT');

    // An open editor can no longer change the text: its update is dropped by the server.
    const [ets] = live;
    const stored = await sut.sql.query('SELECT count(*) FROM yjs_update WHERE document_id = $1', [(await meeting()).minutesDocumentId]);
    writeParagraph(ets!, 'Aggiunta dopo la pubblicazione');
    await new Promise((r) => setTimeout(r, 300));
    const after = await sut.sql.query('SELECT count(*) FROM yjs_update WHERE document_id = $1', [(await meeting()).minutesDocumentId]);
    expect(after.rows[0].count).toBe(stored.rows[0].count);
    const fresh = await connectLive(sut, as['tecnico']!, (await meeting()).minutesDocumentId);
    live.push(fresh);
    expect(fresh.readOnly).toBe(true);
    expect(fresh.doc.getXmlFragment('default').toString()).not.toContain('Aggiunta dopo la pubblicazione');

    // …and neither can the API.
    expect(code(await as['ets']!.gql('mutation($m: ID!) { setMeetingDecisions(meetingId: $m, texts: ["Altro"]) { id } }', { m: meetingId }))).toBe('BAD_USER_INPUT');
    expect(code(await as['tecnico']!.gql('mutation($m: ID!) { cancelMeeting(id: $m) { id } }', { m: meetingId }))).toBe('BAD_USER_INPUT');
    expect(code(await as['tecnico']!.gql('mutation($d: ID!) { renameDocument(id: $d, title: "Altro titolo") { id } }', { d: (await meeting()).minutesDocumentId }))).toBe('FORBIDDEN');
    // Action items are still tracked until done.
    const item = (await meeting()).actionItems[0];
    const done = await as['ets']!.gql<{ updateActionItemStatus: { status: string } }>('mutation($i: ID!) { updateActionItemStatus(id: $i, status: DONE) { status } }', { i: item.id });
    expect(done.data!.updateActionItemStatus.status).toBe('DONE');

    const inbox = await as['coordinatrice']!.gql<{ notifications: { title: string; link: string }[] }>('{ notifications { title link } }');
    expect(inbox.data!.notifications[0]).toEqual({ title: 'Verbale pubblicato: Tavolo casa – seduta di marzo', link: `/verbali/${act.id}` });
  });

  it('is enforced by the database too: UPDATE, DELETE and TRUNCATE of a publication fail', async () => {
    const { id } = (await meeting()).publications[0];
    await expect(sut.sql.query("UPDATE minutes_publication SET html = '<p>falso</p>' WHERE id = $1", [id])).rejects.toThrow(/cannot be changed or deleted/);
    await expect(sut.sql.query('DELETE FROM minutes_publication WHERE id = $1', [id])).rejects.toThrow(/cannot be changed or deleted/);
    await expect(sut.sql.query('TRUNCATE minutes_publication CASCADE')).rejects.toThrow(/append-only/);
    expect((await sut.sql.query('SELECT count(*) FROM minutes_publication')).rows[0].count).toBe('1');
  });

  it('makes one publication when two coordinators publish at the same moment', async () => {
    const id = await newMeeting('Seduta contesa', { agenda: [{ title: 'Unico punto' }] });
    const started = await as['tecnico']!.gql<{ startMinutes: { minutesDocumentId: string } }>('mutation($m: ID!) { startMinutes(meetingId: $m) { minutesDocumentId } }', { m: id });
    const writer = await connectLive(sut, as['tecnico']!, started.data!.startMinutes.minutesDocumentId);
    live.push(writer);
    writeParagraph(writer, 'Testo della seduta contesa.');
    await new Promise((r) => setTimeout(r, 100));
    // A second coordinator of the same table, signed in separately.
    await sut.sql.query("UPDATE space_member SET role = 'COORDINATOR' WHERE space_id = $1 AND user_id = (SELECT id FROM app_user WHERE email = 'coordinatrice@condivisa.example')", [CASA]);
    const results = await Promise.all([as['tecnico']!.gql(PUBLISH, { m: id }), as['coordinatrice']!.gql(PUBLISH, { m: id })]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.map(code).filter(Boolean)).toEqual(['CONFLICT']);
    expect((await sut.sql.query('SELECT count(*) FROM minutes_publication WHERE meeting_id = $1', [id])).rows[0].count).toBe('1');
  });

  it('corrects a publication with a new, linked act; both stay with their hashes', async () => {
    const original = (await meeting()).publications[0];
    const CORRECT = 'mutation($p: ID!, $r: String!) { publishMinutesCorrection(publicationId: $p, reason: $r) { id number contentSha256 supersedesId html } }';
    // Nothing to publish until a correction has been started and written.
    expect(code(await as['tecnico']!.gql(CORRECT, { p: original.id, r: 'Refuso nel nome dell’ente' }))).toBe('BAD_USER_INPUT');
    const opened = await as['tecnico']!.gql<{ startMinutesCorrection: { minutesDocumentId: string } }>(
      'mutation($p: ID!) { startMinutesCorrection(publicationId: $p) { minutesDocumentId } }', { p: original.id },
    );
    const draft = await connectLive(sut, as['ets']!, opened.data!.startMinutesCorrection.minutesDocumentId);
    live.push(draft);
    expect(draft.readOnly).toBe(false);
    expect(draft.doc.getXmlFragment('default').toString()).toContain('Le soluzioni abitative temporanee restano insufficienti.');
    writeParagraph(draft, 'Correzione: i dati si riferiscono al 2024.');
    await new Promise((r) => setTimeout(r, 100));
    expect(code(await as['tecnico']!.gql(CORRECT, { p: original.id, r: 'ok' }))).toBe('BAD_USER_INPUT');
    const corrected = await as['tecnico']!.gql<{ publishMinutesCorrection: { id: string; number: number; contentSha256: string; supersedesId: string; html: string } }>(
      CORRECT, { p: original.id, r: 'Precisato l’anno dei dati' },
    );
    expect(corrected.errors).toBeUndefined();
    const second = corrected.data!.publishMinutesCorrection;
    expect(second).toMatchObject({ number: 2, supersedesId: original.id });
    expect(second.html).toContain('Precisato l’anno dei dati');
    expect(second.html).toContain('Correzione: i dati si riferiscono al 2024.');
    expect(second.contentSha256).not.toBe(original.contentSha256);
    const publications = (await meeting()).publications;
    expect(publications.map((p) => [p.number, p.supersededById])).toEqual([[1, second.id], [2, null]]);
    // The superseded act cannot be corrected again.
    expect(code(await as['tecnico']!.gql(CORRECT, { p: original.id, r: 'Ancora una volta' }))).toBe('CONFLICT');
  });

  it('lets anyone find public minutes by a word in them (Italian stemming), read them and check the hash', async () => {
    const anonymous = graphqlAgent(sut.app);
    const SEARCH = 'query($q: String) { publishedMinutes(search: $q) { id title number excerpt contentSha256 html } }';
    // A members-only space's minutes are for its members.
    await sut.sql.query("UPDATE space SET visibility = 'MEMBERS' WHERE id = $1", [CASA]);
    expect((await as['coordinatrice']!.gql<{ publishedMinutes: unknown[] }>(SEARCH, { q: 'abitativa' })).data!.publishedMinutes).toHaveLength(2);
    expect((await anonymous.gql<{ publishedMinutes: unknown[] }>(SEARCH, { q: 'abitativa' })).data!.publishedMinutes).toEqual([]);
    await sut.sql.query("UPDATE space SET visibility = 'PUBLIC' WHERE id = $1", [CASA]);
    const found = (await anonymous.gql<{ publishedMinutes: { id: string; number: number; excerpt: string; contentSha256: string; html: string }[] }>(SEARCH, { q: 'abitativa' })).data!.publishedMinutes;
    // "abitativa" finds "abitative" in the original and in its correction.
    expect(found.map((p) => p.number).sort()).toEqual([1, 2]);
    expect(found[0]!.excerpt).toMatch(/«abitativ[ae]»/);
    for (const p of found) expect(createHash('sha256').update(p.html, 'utf8').digest('hex')).toBe(p.contentSha256);
    expect((await anonymous.gql<{ publishedMinutes: unknown[] }>(SEARCH, { q: 'zanzara' })).data!.publishedMinutes).toEqual([]);

    const atom = await request(sut.app.getHttpServer()).get('/feeds/verbali.atom');
    expect(atom.status).toBe(200);
    expect(atom.headers['content-type']).toContain('application/atom+xml');
    expect(atom.text).toContain('Rettifica – Tavolo casa – seduta di marzo');
    expect(atom.text).toContain(found[0]!.contentSha256.slice(0, 16));
  });

  it('exports a publication to PDF and DOCX with attendance, agenda, text, decisions, actions and the hash in the footer', async () => {
    const [first] = (await meeting()).publications;
    const pdf = await request(sut.app.getHttpServer()).get(`/export/minutes/${first.id}.pdf`).buffer(true).parse(binary);
    expect(pdf.status).toBe(200);
    const { text } = await extractText(new Uint8Array(pdf.body as Buffer), { mergePages: true });
    for (const part of ['Verbale – Tavolo casa – seduta di marzo', 'ATS Bergamo, sala Bonomi', 'Ufficio di Piano di Seriate', 'Emergenza abitativa: dati 2024',
      'La cooperativa presenta i dati', 'Approvare la prima lettura del modello', 'Raccogliere i dati delle', `SHA-256 ${first.contentSha256}`]) {
      expect(text).toContain(part);
    }
    const docx = await request(sut.app.getHttpServer()).get(`/export/minutes/${first.id}.docx`).buffer(true).parse(binary);
    expect(docx.status).toBe(200);
    const { value } = await mammoth.extractRawText({ buffer: docx.body as Buffer });
    for (const part of ['Presenze', 'Ordine del giorno', 'Decisioni', 'Azioni', first.contentSha256]) expect(value).toContain(part);
  });

  it('gives calendar files: one meeting, and a subscribable feed per space with a personal address', async () => {
    await sut.sql.query("UPDATE space SET visibility = 'MEMBERS' WHERE id = $1", [CASA]);
    const one = await as['ets']!.agent.get(`/calendar/meetings/${meetingId}.ics`);
    expect(one.status).toBe(200);
    expect(one.headers['content-type']).toContain('text/calendar');
    expect(one.text).toContain('SUMMARY:Tavolo casa – seduta di marzo');
    expect(one.text).toContain('DTSTART:20300304T133000Z');
    expect((await request(sut.app.getHttpServer()).get(`/calendar/spaces/${CASA}.ics`)).status).toBe(401);
    const url = (await as['ets']!.gql<{ createCalendarFeed: string }>('mutation($s: ID!) { createCalendarFeed(spaceId: $s) }', { s: CASA })).data!.createCalendarFeed;
    const path = url.replace(/^https?:\/\/[^/]+/, '');
    const feed = await request(sut.app.getHttpServer()).get(path);
    expect(feed.status).toBe(200);
    expect(feed.text).toContain('SUMMARY:Seduta contesa');
    // A new address replaces the old one.
    await as['ets']!.gql('mutation($s: ID!) { createCalendarFeed(spaceId: $s) }', { s: CASA });
    expect((await request(sut.app.getHttpServer()).get(path)).status).toBe(401);
  });

  it('notifies members when a meeting changes or is cancelled', async () => {
    const id = await newMeeting('Seduta da spostare');
    const moved = await as['tecnico']!.gql('mutation($id: ID!, $i: MeetingDetailsInput!) { updateMeeting(id: $id, input: $i) { id } }', {
      id, i: { title: 'Seduta spostata', startsAt: inDays(9).toISOString(), endsAt: new Date(inDays(9).getTime() + 3_600_000).toISOString(), agenda: [{ title: 'Nuovo punto' }] },
    });
    expect(moved.errors).toBeUndefined();
    const cancelled = await as['tecnico']!.gql<{ cancelMeeting: { cancelled: boolean } }>('mutation($id: ID!) { cancelMeeting(id: $id, reason: "Sala non disponibile") { cancelled } }', { id });
    expect(cancelled.data!.cancelMeeting.cancelled).toBe(true);
    const titles = (await as['ets']!.gql<{ notifications: { title: string }[] }>('{ notifications { title } }')).data!.notifications.map((n) => n.title);
    expect(titles).toContain('Incontro modificato: Seduta spostata');
    expect(titles).toContain('Incontro annullato: Seduta spostata');
    expect(code(await as['ets']!.gql('mutation($m: ID!) { rsvp(meetingId: $m, response: YES) { id } }', { m: id }))).toBe('BAD_USER_INPUT');
  });
});
