import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/database.global-setup';
import { freshDatabase, gql, startAppProcess, type AppProcess } from '../support/app-process';

const PASSWORD = 'Condivisa-Demo-2025!';
const WELFARE = 'tavolo-sviluppo-welfare-locale';

function until(check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (check()) return resolve();
      if (Date.now() - started > timeoutMs) return reject(new Error('condition not met in time'));
      setTimeout(tick, 25);
    };
    tick();
  });
}

/** What the database holds for a document, replayed into a fresh Y.Doc. */
async function storedText(databaseUrl: string, documentId: string): Promise<string> {
  const sql = new Client({ connectionString: databaseUrl });
  await sql.connect();
  try {
    const doc = new Y.Doc();
    const snapshot = await sql.query('SELECT state FROM yjs_snapshot WHERE document_id = $1', [documentId]);
    if (snapshot.rows[0]) Y.applyUpdate(doc, snapshot.rows[0].state);
    const rows = await sql.query('SELECT bytes FROM yjs_update WHERE document_id = $1 ORDER BY id', [documentId]);
    rows.rows.forEach((r: { bytes: Buffer }) => Y.applyUpdate(doc, r.bytes));
    return doc.getText('t').toString();
  } finally {
    await sql.end();
  }
}

describe('the gateway loses nothing when the API process is killed', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let app: AppProcess;
  let port: number;
  const jars: Record<string, { cookie?: string }> = { coordinatrice: {}, tecnico: {} };
  const providers: WebsocketProvider[] = [];

  beforeAll(async () => {
    db = await freshDatabase();
    port = await freePort();
    app = await startAppProcess({ DATABASE_URL: db.url, PORT: String(port) });
    for (const who of Object.keys(jars)) {
      await gql(app.baseUrl, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', { e: `${who}@condivisa.example`, p: PASSWORD }, jars[who]);
    }
  });
  afterAll(async () => {
    providers.forEach((p) => p.destroy());
    await app?.stop();
    await db?.drop();
  });

  async function newDocument(title: string): Promise<string> {
    const res = await gql<{ createDocument: { id: string } }>(app.baseUrl, 'mutation($s: ID!, $t: String!) { createDocument(spaceId: $s, kind: PROPOSAL, title: $t) { id } }', { s: WELFARE, t: title }, jars['coordinatrice']);
    return res.data!.createDocument.id;
  }

  async function client(who: string, documentId: string): Promise<{ doc: Y.Doc; provider: WebsocketProvider }> {
    const ticket = await gql<{ collabTicket: { token: string } }>(app.baseUrl, 'mutation($d: ID!) { collabTicket(documentId: $d) { token } }', { d: documentId }, jars[who]);
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(`ws://127.0.0.1:${port}/collab`, documentId, doc, {
      WebSocketPolyfill: WebSocket as never, params: { ticket: ticket.data!.collabTicket.token }, disableBc: true, maxBackoffTime: 300,
    });
    providers.push(provider);
    await until(() => provider.synced);
    return { doc, provider };
  }

  it('three clients editing; SIGKILL; restart; they reconnect and converge, and the database equals their content', async () => {
    const documentId = await newDocument('Bozza sotto stress');
    const clients = [await client('coordinatrice', documentId), await client('tecnico', documentId), await client('coordinatrice', documentId)];
    const edit = (round: number) =>
      clients.forEach((c, i) => {
        const text = c.doc.getText('t');
        text.insert(Math.floor(Math.random() * (text.length + 1)), `${'xyz'[i]}${round % 10}`);
      });
    for (let round = 0; round < 40; round++) {
      edit(round);
      await new Promise((r) => setTimeout(r, 10));
    }
    app.child.kill('SIGKILL');
    await new Promise((r) => app.child.once('exit', r));
    // They keep typing while the server is down.
    for (let round = 40; round < 50; round++) edit(round);
    app = await startAppProcess({ DATABASE_URL: db.url, PORT: String(port) });
    await until(() => clients.every((c) => c.provider.wsconnected && c.provider.synced));
    const texts = () => clients.map((c) => c.doc.getText('t').toString());
    await until(() => new Set(texts()).size === 1 && texts()[0]!.length === 3 * 50 * 2);
    await new Promise((r) => setTimeout(r, 300));
    expect(await storedText(db.url, documentId)).toBe(texts()[0]);
  });

  it('updates older than the flush window are in the database even if no client comes back', async () => {
    const documentId = await newDocument('Ultime parole');
    const lonely = await client('coordinatrice', documentId);
    lonely.doc.getText('t').insert(0, 'scritto prima del crash');
    await new Promise((r) => setTimeout(r, 150)); // flush window: 20 ms (COLLAB_FLUSH_MS, at most 100)
    app.child.kill('SIGKILL');
    await new Promise((r) => app.child.once('exit', r));
    lonely.provider.destroy();
    expect(await storedText(db.url, documentId)).toBe('scritto prima del crash');
    app = await startAppProcess({ DATABASE_URL: db.url, PORT: String(port) });
  });
});
