// Shared by the on-demand benchmarks that drive the built app through its API.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const MAIN = join(ROOT, 'dist/apps/api/main.cjs');
export const machine = () => `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;

export const freePort = () => new Promise((res) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => res(port)); });
});
export const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export async function timed(work) { const t0 = performance.now(); const r = await work(); return { ms: performance.now() - t0, r }; }

/** The built app on a fresh embedded PostgreSQL (demo data seeded), until `stop()`. */
export async function startApp() {
  const dataDir = mkdtempSync(join(tmpdir(), 'condivisa-bench-'));
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const env = { ...process.env, LOG_LEVEL: 'warn', CONDIVISA_DATA_DIR: join(dataDir, 'data'), EMBEDDED_PG_PORT: String(await freePort()), PORT: String(port) };
  const child = spawn(process.execPath, [MAIN], { cwd: ROOT, env, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) await new Promise((r) => { child.once('exit', r); child.kill('SIGINT'); });
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    for (let i = 0; ; i++) {
      if (child.exitCode !== null) throw new Error(`app exited with ${child.exitCode}`);
      if (await fetch(`${base}/readyz`).then((r) => r.ok, () => false)) break;
      if (i > 3000) throw new Error('not ready in 60 s');
      await sleep(20);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, port, stop };
}

/** A GraphQL client that keeps the session cookie, like a browser; throws on GraphQL errors. */
export function client(base) {
  let cookie = '';
  return {
    get cookie() { return cookie; },
    async gql(query, variables = {}) {
      const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
      const setCookie = res.headers.get('set-cookie');
      if (setCookie) cookie = setCookie.split(';')[0];
      const body = await res.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    },
    async download(path) {
      const res = await fetch(`${base}${path}`, { headers: { cookie } });
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      return Buffer.from(await res.arrayBuffer());
    },
  };
}

/** The official y-websocket client on a document, synced. */
export async function openLive(port, api, documentId) {
  const { collabTicket } = await api.gql('mutation($d: ID!) { collabTicket(documentId: $d) { token } }', { d: documentId });
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`ws://127.0.0.1:${port}/collab`, documentId, doc, { WebSocketPolyfill: WebSocket, params: { ticket: collabTicket.token }, disableBc: true });
  while (!provider.synced) await sleep(10);
  return { doc, provider };
}

const WORDS = 'il tavolo provinciale discute le soluzioni abitative temporanee per le famiglie in emergenza con gli enti del terzo settore e gli uffici di piano degli ambiti territoriali che condividono dati risorse e percorsi di accompagnamento'.split(' ');
export const sentence = (n, seed) => Array.from({ length: n }, (_, i) => WORDS[(seed * 7 + i * 3) % WORDS.length]).join(' ');

export function element(name, children, attrs = {}) {
  const e = new Y.XmlElement(name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.insert(0, children);
  return e;
}
export const paragraph = (text) => element('paragraph', [new Y.XmlText(text)]);

/** About `pages` A4 pages as TipTap shapes them: per page a heading, 10 paragraphs of ~70 words, a small table every other page. */
export function writePages(doc, pages) {
  const nodes = [];
  for (let p = 0; p < pages; p++) {
    nodes.push(element('heading', [new Y.XmlText(`Punto ${p + 1}: discussione`)], { level: 3 }));
    for (let i = 0; i < 10; i++) nodes.push(paragraph(`${sentence(70, p * 13 + i)}.`));
    if (p % 2 === 0) {
      nodes.push(element('table', [0, 1, 2, 3].map((r) => element('tableRow', [0, 1, 2].map((c) => element(r === 0 ? 'tableHeader' : 'tableCell', [paragraph(r === 0 ? `Colonna ${c + 1}` : `${sentence(3, r + c)}`)]))))));
    }
  }
  doc.transact(() => { const f = doc.getXmlFragment('default'); f.insert(f.length, nodes); });
}
