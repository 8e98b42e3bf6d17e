import { DEMO_PASSWORD } from '@condivisa/db';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectLive, graphqlWsClient, type LiveDocument, until } from '../testing/live-clients';
import { graphqlAgent, startTestApp, type TestApp } from '../testing/test-app';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }';
const WELFARE = 'tavolo-sviluppo-welfare-locale';
const THREAD_FIELDS = 'id quote anchorStart anchorEnd resolved canResolve createdBy { displayName } resolvedBy { displayName } comments { body author { displayName } }';
const START = `mutation($i: StartCommentThreadInput!) { startCommentThread(input: $i) { ${THREAD_FIELDS} } }`;
const THREADS = `query($d: ID!) { commentThreads(documentId: $d) { ${THREAD_FIELDS} } }`;

interface Thread {
  id: string; quote: string; anchorStart: string; anchorEnd: string; resolved: boolean; canResolve: boolean;
  createdBy: { displayName: string }; resolvedBy: { displayName: string } | null; comments: { body: string; author: { displayName: string } }[];
}

type Agent = ReturnType<typeof graphqlAgent>;

/** The first paragraph's text node, where the tests write and anchor. */
function paragraph(doc: Y.Doc): Y.XmlText {
  return (doc.getXmlFragment('default').get(0) as Y.XmlElement).get(0) as Y.XmlText;
}

/** An anchor as the web editor makes it: a relative position inside a text node, in base64. */
function anchor(text: Y.XmlText, index: number, assoc = 0): string {
  return Buffer.from(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, index, assoc))).toString('base64');
}

/** The passage an anchored thread covers now, read on a client's copy of the document. */
function anchoredText(doc: Y.Doc, thread: Thread): string {
  const at = (b64: string) => Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(Buffer.from(b64, 'base64')), doc)!;
  const start = at(thread.anchorStart);
  const end = at(thread.anchorEnd);
  expect(start.type).toBe(end.type);
  return (start.type as Y.XmlText).toString().slice(start.index, end.index);
}

describe('comment threads anchored to passages of a live document', () => {
  let sut: TestApp;
  const as: Record<string, Agent> = {};
  const cookies: Record<string, string> = {};
  const live: LiveDocument[] = [];
  let documentId = '';

  const threads = async (who = 'tecnico') => (await as[who]!.gql<{ commentThreads: Thread[] }>(THREADS, { d: documentId })).data!.commentThreads;
  const threadCount = async () => Number((await sut.sql.query('SELECT count(*) FROM comment_thread')).rows[0].count);

  beforeAll(async () => {
    sut = await startTestApp();
    for (const who of ['coordinatrice', 'tecnico', 'ets', 'sindaco']) {
      as[who] = graphqlAgent(sut.app);
      const res = await as[who]!.agent.post('/graphql').send({ query: LOGIN, variables: { e: `${who}@condivisa.example`, p: DEMO_PASSWORD } });
      cookies[who] = String(res.headers['set-cookie']).split(';')[0]!;
    }
    const created = await as['coordinatrice']!.gql<{ createDocument: { id: string } }>(
      'mutation($s: ID!) { createDocument(spaceId: $s, kind: PROPOSAL, title: "Regolamento dei tavoli") { id } }', { s: WELFARE },
    );
    documentId = created.data!.createDocument.id;
    // The sindaco joins as an observer: reads, cannot write, may comment.
    const sindacoId = (await sut.sql.query("SELECT id FROM app_user WHERE email = 'sindaco@condivisa.example'")).rows[0].id;
    await as['coordinatrice']!.gql('mutation($i: InviteToSpaceInput!) { inviteToSpace(input: $i) { id } }', {
      i: { spaceId: WELFARE, userId: sindacoId, organizationId: 'comune-di-bergamo', role: 'OBSERVER' },
    });
  });
  afterAll(async () => {
    live.forEach((l) => l.provider.destroy());
    await sut.close();
  });

  it('keeps a passage anchored through concurrent edits, and lets an observer comment on it', async () => {
    const writer = await connectLive(sut, as['tecnico']!, documentId);
    live.push(writer);
    writer.doc.transact(() => {
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText('Il Piano di Zona prevede tre tavoli tematici.')]);
      writer.doc.getXmlFragment('default').insert(0, [p]);
    });
    const text = paragraph(writer.doc);
    const from = text.toString().indexOf('tre tavoli');
    const input = { documentId, anchorStart: anchor(text, from), anchorEnd: anchor(text, from + 'tre tavoli'.length, -1), quote: 'tre tavoli', body: 'Quali sono i tre tavoli?' };

    const started = await as['sindaco']!.gql<{ startCommentThread: Thread }>(START, { i: input });
    expect(started.errors).toBeUndefined();
    expect(started.data!.startCommentThread).toMatchObject({
      quote: 'tre tavoli', resolved: false, canResolve: true, createdBy: { displayName: expect.any(String) },
      comments: [{ body: 'Quali sono i tre tavoli?' }],
    });

    // Two people edit at once, before and after the passage and right at its edges.
    const other = await connectLive(sut, as['coordinatrice']!, documentId);
    live.push(other);
    paragraph(other.doc).insert(0, 'Dopo la consultazione, ');
    text.insert(text.toString().indexOf('tre tavoli'), 'almeno ');
    text.insert(text.toString().indexOf(' tematici'), ' e due gruppi');
    await until(() => paragraph(other.doc).toString() === text.toString() && text.toString().startsWith('Dopo'));
    expect(text.toString()).toBe('Dopo la consultazione, Il Piano di Zona prevede almeno tre tavoli e due gruppi tematici.');

    const [thread] = await threads();
    expect(anchoredText(other.doc, thread!)).toBe('tre tavoli');
    expect(anchoredText(writer.doc, thread!)).toBe('tre tavoli');
  });

  it('tells followers of the document at once when a thread changes, and notifies the other participants of a reply', async () => {
    const client = graphqlWsClient(sut, cookies['sindaco']!);
    const seen: string[] = [];
    const dispose = client.subscribe<{ documentCommentsChanged: { threadId: string } }>(
      { query: 'subscription($d: ID!) { documentCommentsChanged(documentId: $d) { threadId } }', variables: { d: documentId } },
      { next: (v) => v.data && seen.push(v.data.documentCommentsChanged.threadId), error: () => undefined, complete: () => undefined },
    );
    await new Promise((r) => setTimeout(r, 300)); // subscribed
    const [thread] = await threads();
    const replied = await as['coordinatrice']!.gql<{ replyToCommentThread: Thread }>(
      'mutation($t: ID!, $b: String!) { replyToCommentThread(threadId: $t, body: $b) { comments { body } } }', { t: thread!.id, b: 'Casa, lavoro e inclusione.' },
    );
    expect(replied.data!.replyToCommentThread.comments.map((c) => c.body)).toEqual(['Quali sono i tre tavoli?', 'Casa, lavoro e inclusione.']);
    await until(() => seen.includes(thread!.id));
    dispose();
    await client.dispose();

    const inbox = await as['sindaco']!.gql<{ notifications: { title: string; link: string }[] }>('{ notifications { title link } }');
    expect(inbox.data!.notifications[0]).toMatchObject({ title: expect.stringContaining('ha risposto a un commento'), link: expect.stringContaining(thread!.id) });
  });

  it('lets writers and the thread’s author resolve and reopen it, and nobody else', async () => {
    const text = paragraph(live[0]!.doc);
    const from = text.toString().indexOf('Piano di Zona');
    const byTecnico = await as['tecnico']!.gql<{ startCommentThread: Thread }>(START, {
      i: { documentId, anchorStart: anchor(text, from), anchorEnd: anchor(text, from + 13, -1), quote: 'Piano di Zona', body: 'Citare il Piano 2025-2027.' },
    });
    const id = byTecnico.data!.startCommentThread.id;
    const RESOLVE = `mutation($t: ID!) { resolveCommentThread(threadId: $t) { ${THREAD_FIELDS} } }`;
    const REOPEN = `mutation($t: ID!) { reopenCommentThread(threadId: $t) { ${THREAD_FIELDS} } }`;

    // The observer did not open this one: may comment, may not close it.
    expect((await threads('sindaco')).find((t) => t.id === id)!.canResolve).toBe(false);
    expect((await as['sindaco']!.gql(RESOLVE, { t: id })).errors![0]!.extensions.code).toBe('FORBIDDEN');
    const resolved = await as['coordinatrice']!.gql<{ resolveCommentThread: Thread }>(RESOLVE, { t: id });
    expect(resolved.data!.resolveCommentThread).toMatchObject({ resolved: true, resolvedBy: { displayName: expect.any(String) } });
    const reopened = await as['tecnico']!.gql<{ reopenCommentThread: Thread }>(REOPEN, { t: id });
    expect(reopened.data!.reopenCommentThread).toMatchObject({ resolved: false, resolvedBy: null });

    // The observer's own thread: the author may close it.
    const own = (await threads('sindaco')).find((t) => t.quote === 'tre tavoli')!;
    expect((await as['sindaco']!.gql<{ resolveCommentThread: Thread }>(RESOLVE, { t: own.id })).data!.resolveCommentThread.resolved).toBe(true);

    const feed = await as['coordinatrice']!.gql<{ spaceActivity: unknown }>('query($s: ID!) { space(id: $s) { activity(limit: 10) { summary } } }', { s: WELFARE });
    const summaries = JSON.stringify(feed.data);
    expect(summaries).toContain('ha chiuso la discussione su «Piano di Zona»');
    expect(summaries).toContain('ha riaperto la discussione su «Piano di Zona»');
  });

  it('refuses outsiders, bad anchors, empty and oversized comments, and changes nothing', async () => {
    const text = paragraph(live[0]!.doc);
    const good = { documentId, anchorStart: anchor(text, 0), anchorEnd: anchor(text, 4, -1), quote: 'Dopo', body: 'Ok' };
    const before = await threadCount();

    expect((await as['ets']!.gql(THREADS, { d: documentId })).errors![0]!.extensions.code).toBe('FORBIDDEN');
    expect((await as['ets']!.gql(START, { i: good })).errors![0]!.extensions.code).toBe('FORBIDDEN');
    for (const bad of [
      { ...good, anchorStart: 'non è base64!' },
      { ...good, anchorEnd: Buffer.alloc(300, 7).toString('base64') },
      { ...good, quote: '   ' },
      { ...good, body: '' },
      { ...good, body: 'x'.repeat(4001) },
      { ...good, quote: 'x'.repeat(1001) },
    ]) {
      const res = await as['tecnico']!.gql(START, { i: bad });
      expect(res.errors?.[0]?.extensions.code, JSON.stringify(bad).slice(0, 80)).toBe('BAD_USER_INPUT');
    }
    expect(await threadCount()).toBe(before);
  });

  it('keeps an archived document’s threads readable and closed to new comments', async () => {
    await as['coordinatrice']!.gql('mutation($d: ID!) { archiveDocument(id: $d) { id } }', { d: documentId });
    const text = paragraph(live[0]!.doc);
    const res = await as['tecnico']!.gql(START, { i: { documentId, anchorStart: anchor(text, 0), anchorEnd: anchor(text, 4, -1), quote: 'Dopo', body: 'Ancora?' } });
    expect(res.errors![0]!.extensions.code).toBe('FORBIDDEN');
    expect(res.errors![0]!.message).toContain('archiviato');
    expect((await threads()).length).toBe(2);
  });
});
