import { Client as PgClient } from 'pg';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/database.global-setup';
import { freshDatabase, gql, startAppProcess, type AppProcess } from '../support/app-process';

const PASSWORD = 'Condivisa-Demo-2025!';
const WELFARE = 'tavolo-sviluppo-welfare-locale';
const REDIS_URL = process.env['REDIS_URL']!;

function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
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

describe('two API instances behind Redis serve the same document', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  const apps: AppProcess[] = [];
  const ports: number[] = [];
  const jar: { cookie?: string } = {};
  const providers: WebsocketProvider[] = [];

  beforeAll(async () => {
    db = await freshDatabase();
    for (let i = 0; i < 2; i++) {
      ports.push(await freePort());
      apps.push(await startAppProcess({ DATABASE_URL: db.url, REDIS_URL, PORT: String(ports[i]) }));
    }
    await gql(apps[0]!.baseUrl, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', { e: 'coordinatrice@condivisa.example', p: PASSWORD }, jar);
  });
  afterAll(async () => {
    providers.forEach((p) => p.destroy());
    await Promise.all(apps.map((a) => a.stop()));
    await db?.drop();
  });

  async function client(instance: number, documentId: string, name: string) {
    // Tickets live in the shared database: one issued by instance 1 opens a socket on instance 2.
    const ticket = await gql<{ collabTicket: { token: string } }>(apps[0]!.baseUrl, 'mutation($d: ID!) { collabTicket(documentId: $d) { token } }', { d: documentId }, jar);
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(`ws://127.0.0.1:${ports[instance]}/collab`, documentId, doc, {
      WebSocketPolyfill: WebSocket as never, params: { ticket: ticket.data!.collabTicket.token }, disableBc: true,
    });
    provider.awareness.setLocalStateField('user', { name });
    providers.push(provider);
    await until(() => provider.synced);
    return { doc, provider };
  }

  it("clients on different instances see each other's edits and cursors; nothing is stored twice", async () => {
    const created = await gql<{ createDocument: { id: string } }>(apps[0]!.baseUrl, 'mutation($s: ID!) { createDocument(spaceId: $s, kind: PROPOSAL, title: "Bozza condivisa") { id } }', { s: WELFARE }, jar);
    const documentId = created.data!.createDocument.id;
    const one = await client(0, documentId, 'Uno');
    const two = await client(1, documentId, 'Due');
    for (let i = 0; i < 20; i++) {
      one.doc.getText('t').insert(0, 'a');
      two.doc.getText('t').insert(0, 'b');
      await new Promise((r) => setTimeout(r, 5));
    }
    await until(() => one.doc.getText('t').length === 40 && one.doc.getText('t').toString() === two.doc.getText('t').toString());
    const names = (p: WebsocketProvider) => [...p.awareness.getStates().values()].map((s) => (s['user'] as { name?: string } | undefined)?.name).filter(Boolean).sort();
    await until(() => names(one.provider).join() === 'Due,Uno' && names(two.provider).join() === 'Due,Uno');

    await new Promise((r) => setTimeout(r, 300));
    const sql = new PgClient({ connectionString: db.url });
    await sql.connect();
    const rows = await sql.query('SELECT bytes FROM yjs_update WHERE document_id = $1 ORDER BY id', [documentId]);
    await sql.end();
    expect(rows.rowCount).toBe(40); // 40 edits, each stored once by the instance that received it
    const replay = new Y.Doc();
    rows.rows.forEach((r: { bytes: Buffer }) => Y.applyUpdate(replay, r.bytes));
    expect(replay.getText('t').toString()).toBe(one.doc.getText('t').toString());

    // A third client joining on instance 2 gets everything, including what instance 1 holds.
    const three = await client(1, documentId, 'Tre');
    expect(three.doc.getText('t').toString()).toBe(one.doc.getText('t').toString());
  });

  it('a GraphQL subscription on one instance receives events caused on the other', async () => {
    const cookie = jar.cookie!;
    class CookieSocket extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { cookie } });
      }
    }
    const ws = createClient({ url: `ws://127.0.0.1:${ports[1]}/graphql`, webSocketImpl: CookieSocket, lazy: false, retryAttempts: 0 });
    const received: string[] = [];
    const dispose = ws.subscribe<{ spaceActivity: { action: string; at: string } }>(
      { query: 'subscription($s: ID!) { spaceActivity(spaceId: $s) { action at } }', variables: { s: WELFARE } },
      { next: (v) => v.data && received.push(v.data.spaceActivity.action), error: () => undefined, complete: () => undefined },
    );
    await new Promise((r) => setTimeout(r, 500));
    await gql(apps[0]!.baseUrl, 'mutation($s: ID!) { createDocument(spaceId: $s, kind: NOTE, title: "Nota da un\'altra istanza") { id } }', { s: WELFARE }, jar);
    await until(() => received.includes('document.created'));
    dispose();
    await ws.dispose();
  });
});
