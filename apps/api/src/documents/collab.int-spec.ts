import { DEMO_PASSWORD } from '@condivisa/db';
import { CloseCode } from '@condivisa/collab';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectLive, type LiveDocument, until } from '../testing/live-clients';
import { graphqlAgent, startTestApp, type TestApp } from '../testing/test-app';
import { CollabGateway } from './collab-gateway';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }';
const TICKET = 'mutation($d: ID!) { collabTicket(documentId: $d) { token url readOnly } }';
const WELFARE = 'tavolo-sviluppo-welfare-locale';

type Agent = ReturnType<typeof graphqlAgent>;

describe('live documents through the y-websocket gateway', () => {
  let sut: TestApp;
  const as: Record<string, Agent> = {};
  let documentId = '';
  const providers: WebsocketProvider[] = [];

  async function connect(who: string): Promise<LiveDocument> {
    const live = await connectLive(sut, as[who]!, documentId);
    providers.push(live.provider);
    return live;
  }

  /** A raw socket, to see exactly how the gateway refuses it. */
  function rawClose(path: string): Promise<{ code: number; reason: string; messages: number }> {
    return new Promise((resolve) => {
      const ws = new WebSocket(`${sut.baseUrl.replace('http', 'ws')}${path}`);
      let messages = 0;
      ws.on('message', () => messages++);
      ws.on('close', (code, reason) => resolve({ code, reason: reason.toString(), messages }));
    });
  }

  beforeAll(async () => {
    sut = await startTestApp();
    for (const who of ['coordinatrice', 'tecnico', 'ets', 'sindaco']) {
      as[who] = graphqlAgent(sut.app);
      await as[who]!.gql(LOGIN, { e: `${who}@condivisa.example`, p: DEMO_PASSWORD });
    }
    const created = await as['coordinatrice']!.gql<{ createDocument: { id: string } }>(
      'mutation($s: ID!) { createDocument(spaceId: $s, kind: PROPOSAL, title: "Proposta di regolamento") { id } }', { s: WELFARE },
    );
    documentId = created.data!.createDocument.id;
  });
  afterAll(async () => {
    providers.forEach((p) => p.destroy());
    await sut.close();
  });

  it('lists the document for members only and gives them a ticket', async () => {
    const listed = await as['tecnico']!.gql<{ documents: { title: string; canEdit: boolean }[] }>('query($s: ID!) { documents(spaceId: $s) { title canEdit } }', { s: WELFARE });
    expect(listed.data!.documents).toEqual([{ title: 'Proposta di regolamento', canEdit: true }]);
    const outsider = await as['ets']!.gql(TICKET, { d: documentId });
    expect(outsider.errors![0]!.extensions.code).toBe('FORBIDDEN');
  });

  it('keeps several official clients in sync under concurrent edits, and stores what they wrote', async () => {
    const a = await connect('coordinatrice');
    const b = await connect('tecnico');
    const textA = a.doc.getText('t');
    const textB = b.doc.getText('t');
    for (let i = 0; i < 50; i++) {
      textA.insert(Math.floor(Math.random() * (textA.length + 1)), 'a');
      textB.insert(Math.floor(Math.random() * (textB.length + 1)), 'b');
    }
    await until(() => textA.toString() === textB.toString() && textA.length === 100);
    const c = await connect('coordinatrice');
    expect(c.doc.getText('t').toString()).toBe(textA.toString());
    await new Promise((r) => setTimeout(r, 100)); // > flush window (20 ms)
    const stored = await sut.sql.query('SELECT bytes, author_id FROM yjs_update WHERE document_id = $1 ORDER BY id', [documentId]);
    const replay = new Y.Doc();
    stored.rows.forEach((r: { bytes: Buffer }) => Y.applyUpdate(replay, r.bytes));
    expect(replay.getText('t').toString()).toBe(textA.toString());
    expect(new Set(stored.rows.map((r: { author_id: string }) => r.author_id)).size).toBe(2);
  });

  it('refuses a missing, bad or foreign ticket with a distinct close code and sends nothing', async () => {
    const none = await rawClose(`/collab/${documentId}`);
    expect(none).toMatchObject({ code: CloseCode.Unauthenticated, messages: 0 });
    const bad = await rawClose(`/collab/${documentId}?ticket=not-a-ticket`);
    expect(bad).toMatchObject({ code: CloseCode.Unauthenticated, messages: 0 });
    const other = await as['coordinatrice']!.gql<{ createDocument: { id: string } }>(
      'mutation($s: ID!) { createDocument(spaceId: $s, kind: NOTE, title: "Altra nota") { id } }', { s: WELFARE },
    );
    const ticket = await as['coordinatrice']!.gql<{ collabTicket: { token: string } }>(TICKET, { d: other.data!.createDocument.id });
    const foreign = await rawClose(`/collab/${documentId}?ticket=${ticket.data!.collabTicket.token}`);
    expect(foreign).toMatchObject({ code: CloseCode.Unauthenticated, messages: 0 });
    await sut.sql.query("UPDATE collab_ticket SET expires_at = now() - interval '1 second'");
    const expired = await rawClose(`/collab/${other.data!.createDocument.id}?ticket=${ticket.data!.collabTicket.token}`);
    expect(expired).toMatchObject({ code: CloseCode.Unauthenticated, messages: 0 });
    const unknown = await rawClose('/collab/00000000-0000-0000-0000-000000000000?ticket=x');
    expect(unknown.code).toBe(CloseCode.Unauthenticated);
  });

  it('drops the updates of a read-only member on the server, and demotion takes effect on open sockets', async () => {
    // sindaco joins as observer: reads, cannot write.
    await as['coordinatrice']!.gql('mutation($i: InviteToSpaceInput!) { inviteToSpace(input: $i) { id } }', {
      i: { spaceId: WELFARE, userId: (await sut.sql.query("SELECT id FROM app_user WHERE email = 'sindaco@condivisa.example'")).rows[0].id, organizationId: 'comune-di-bergamo', role: 'OBSERVER' },
    });
    const writer = await connect('coordinatrice');
    const observer = await connect('sindaco');
    expect(observer.readOnly).toBe(true);
    const before = writer.doc.getText('t').toString();
    observer.doc.getText('t').insert(0, 'INTRUSO');
    await new Promise((r) => setTimeout(r, 300));
    expect(writer.doc.getText('t').toString()).toBe(before);
    writer.doc.getText('t').insert(0, 'ok ');
    // The observer's own (dropped) insert stays in its local copy, so only check that ours arrived.
    await until(() => observer.doc.getText('t').toString().includes('ok '));

    // tecnico is demoted to observer while connected: within 5 s its writes stop counting.
    const tecnico = await connect('tecnico');
    const memberId = (await sut.sql.query("SELECT sm.id FROM space_member sm JOIN app_user u ON u.id = sm.user_id WHERE sm.space_id = $1 AND u.email = 'tecnico@condivisa.example'", [WELFARE])).rows[0].id;
    await as['coordinatrice']!.gql('mutation($m: ID!) { changeMemberRole(memberId: $m, role: OBSERVER) { id } }', { m: memberId });
    await new Promise((r) => setTimeout(r, 2600)); // access is re-checked every 2 s
    const snapshot = writer.doc.getText('t').toString();
    tecnico.doc.getText('t').insert(0, 'TARDI');
    await new Promise((r) => setTimeout(r, 300));
    expect(writer.doc.getText('t').toString()).toBe(snapshot);
  });

  it('survives 10,000 random and truncated frames, closing only the sockets that sent them', async () => {
    const good = await connect('coordinatrice');
    const other = await connect('coordinatrice');
    const ticket = (await as['coordinatrice']!.gql<{ collabTicket: { token: string } }>(TICKET, { d: documentId })).data!.collabTicket.token;
    const valid = new Uint8Array([0, 2, 3, 1, 2, 3]); // a sync update message with garbage inside
    let sent = 0;
    let closes = 0;
    while (sent < 10_000) {
      const ws = new WebSocket(`${sut.baseUrl.replace('http', 'ws')}/collab/${documentId}?ticket=${ticket}`);
      await new Promise<void>((resolve) => ws.once('open', () => resolve()));
      ws.on('close', () => closes++);
      for (let i = 0; i < 500 && ws.readyState === WebSocket.OPEN; i++, sent++) {
        const length = Math.floor(Math.random() * 64);
        const frame = i % 3 === 0 ? valid.slice(0, Math.floor(Math.random() * valid.length)) : new Uint8Array(length).map(() => Math.floor(Math.random() * 256));
        ws.send(frame);
      }
      await new Promise((r) => setTimeout(r, 20));
      ws.terminate();
    }
    expect(sent).toBe(10_000);
    // The well-behaved clients were never disconnected and still converge.
    good.doc.getText('t').insert(0, 'dopo la tempesta ');
    await until(() => other.doc.getText('t').toString().startsWith('dopo la tempesta '));
    expect(good.provider.wsconnected && other.provider.wsconnected).toBe(true);
    expect(closes).toBeGreaterThan(0);
  });

  it('unloads a document when its last client leaves and rebuilds it from the database', async () => {
    providers.forEach((p) => p.destroy());
    providers.length = 0;
    await until(() => sut.app.get(CollabGateway).server.openDocuments === 0);
    const stored = await sut.sql.query('SELECT bytes FROM yjs_update WHERE document_id = $1 ORDER BY id', [documentId]);
    const replay = new Y.Doc();
    stored.rows.forEach((r: { bytes: Buffer }) => Y.applyUpdate(replay, r.bytes));
    const expected = replay.getText('t').toString();
    expect(expected).toContain('dopo la tempesta');
    const again = await connect('coordinatrice');
    expect(again.doc.getText('t').toString()).toBe(expected);
  });

  it('folds a long history into a snapshot on load, keeping every authored update row', async () => {
    const created = await as['coordinatrice']!.gql<{ createDocument: { id: string } }>(
      'mutation($s: ID!) { createDocument(spaceId: $s, kind: NOTE, title: "Storia lunga") { id } }', { s: WELFARE },
    );
    const longId = created.data!.createDocument.id;
    const author = (await sut.sql.query("SELECT id FROM app_user WHERE email = 'coordinatrice@condivisa.example'")).rows[0].id;
    // 500 single-character updates written straight into the history.
    const source = new Y.Doc();
    const rows: Buffer[] = [];
    source.on('update', (u: Uint8Array) => rows.push(Buffer.from(u)));
    for (let i = 0; i < 500; i++) source.getText('t').insert(i, String(i % 10));
    for (const bytes of rows) await sut.sql.query('INSERT INTO yjs_update (document_id, bytes, author_id) VALUES ($1, $2, $3)', [longId, bytes, author]);

    documentId = longId;
    const first = await connect('coordinatrice');
    expect(first.doc.getText('t').toString()).toBe(source.getText('t').toString());
    const snapshot = await sut.sql.query('SELECT up_to_id FROM yjs_snapshot WHERE document_id = $1', [longId]);
    expect(snapshot.rowCount).toBe(1);
    const after = await sut.sql.query('SELECT count(*)::int n FROM yjs_update WHERE document_id = $1 AND id > $2', [longId, snapshot.rows[0].up_to_id]);
    expect(after.rows[0].n).toBe(0); // the next load replays the snapshot only
    const kept = await sut.sql.query('SELECT count(*)::int n FROM yjs_update WHERE document_id = $1 AND author_id = $2', [longId, author]);
    expect(kept.rows[0].n).toBe(500); // attribution kept
    first.provider.destroy();
    await until(() => !sut.app.get(CollabGateway).server.isOpen(longId));
    const again = await connect('coordinatrice');
    expect(again.doc.getText('t').toString()).toBe(source.getText('t').toString());
  });

  it('saves named versions with their contributors, shows their text, and restores one as a new change', async () => {
    const created = await as['coordinatrice']!.gql<{ createDocument: { id: string } }>(
      'mutation($s: ID!) { createDocument(spaceId: $s, kind: PROPOSAL, title: "Documento con versioni") { id } }', { s: WELFARE },
    );
    documentId = created.data!.createDocument.id;
    // The technician was demoted in an earlier test: a member again, so she can write.
    const memberId = (await sut.sql.query("SELECT sm.id FROM space_member sm JOIN app_user u ON u.id = sm.user_id WHERE sm.space_id = $1 AND u.email = 'tecnico@condivisa.example'", [WELFARE])).rows[0].id;
    await as['coordinatrice']!.gql('mutation($m: ID!) { changeMemberRole(memberId: $m, role: MEMBER) { id } }', { m: memberId });
    const writer = await connect('coordinatrice');
    const fragment = writer.doc.getXmlFragment('default');
    const paragraph = (text: string) => {
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText(text)]);
      return p;
    };
    fragment.insert(0, [paragraph('Prima stesura.')]);
    const SAVE = 'mutation($d: ID!, $n: String!) { saveDocumentVersion(documentId: $d, name: $n) { id number text contributors { displayName } } }';
    const v1 = await as['coordinatrice']!.gql<{ saveDocumentVersion: { id: string; number: number; text: string; contributors: { displayName: string }[] } }>(SAVE, { d: documentId, n: 'Bozza iniziale' });
    expect(v1.errors).toBeUndefined();
    expect(v1.data!.saveDocumentVersion).toMatchObject({ number: 1, text: 'Prima stesura.', contributors: [{ displayName: 'Carla Coordinatrice (demo)' }] });

    const colleague = await connect('tecnico');
    await until(() => colleague.doc.getXmlFragment('default').length === 1);
    colleague.doc.getXmlFragment('default').insert(1, [paragraph('Aggiunta del tecnico.')]);
    await until(() => fragment.length === 2);
    const v2 = await as['coordinatrice']!.gql<{ saveDocumentVersion: { number: number; text: string; contributors: { displayName: string }[] } }>(SAVE, { d: documentId, n: 'Con il contributo ASST' });
    expect(v2.data!.saveDocumentVersion).toMatchObject({ number: 2, text: 'Prima stesura.\nAggiunta del tecnico.', contributors: [{ displayName: 'Tina Tecnica (demo)' }] });

    // Restoring version 1 is a change like any other: every client sees it, the history grows.
    const rowsBefore = (await sut.sql.query('SELECT count(*)::int n FROM yjs_update WHERE document_id = $1', [documentId])).rows[0].n;
    const restored = await as['tecnico']!.gql('mutation($v: ID!) { restoreDocumentVersion(versionId: $v) { number } }', { v: v1.data!.saveDocumentVersion.id });
    expect(restored.errors).toBeUndefined();
    await until(() => fragment.length === 1 && colleague.doc.getXmlFragment('default').length === 1);
    const rowsAfter = (await sut.sql.query('SELECT count(*)::int n, max(author_id::text) a FROM yjs_update WHERE document_id = $1', [documentId])).rows[0];
    expect(rowsAfter.n).toBeGreaterThan(rowsBefore);
    const list = await as['ets']!.gql('query($d: ID!) { documentVersions(documentId: $d) { number } }', { d: documentId });
    expect(list.errors![0]!.extensions.code).toBe('FORBIDDEN');
    const versions = await as['coordinatrice']!.gql<{ documentVersions: { number: number; name: string }[] }>('query($d: ID!) { documentVersions(documentId: $d) { number name } }', { d: documentId });
    expect(versions.data!.documentVersions.map((v) => v.number)).toEqual([2, 1]);
  });
});
