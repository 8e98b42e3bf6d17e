// A load-client process, driven by run.mjs over IPC (fork with serialization: 'advanced').
// It holds many clients, each a Y.Doc with one Y.Text 't' connected through the official client of
// its server: y-websocket 3.1 (`yws`) or @hocuspocus/provider (`hocus`). Every edit inserts one
// character, so `text.length` is the number of edits a client has seen: a receiver stamps the time
// at which its length reaches i, the writer the time at which it made edit i. Times are
// `performance.timeOrigin + performance.now()` (ms, sub-ms resolution, same clock in every process).
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

// Every y-websocket provider adds a process 'exit' listener; hundreds are expected here.
process.setMaxListeners(0);

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const clients = new Map();

function makeClient(spec, state) {
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state);
  const text = doc.getText('t');
  const client = { spec, doc, text, provider: null, recv: null, sent: null, lastLen: text.length, closed: false };
  if (spec.track) {
    client.recv = new Float64Array(spec.track + 1);
    text.observe(() => {
      const t = now();
      const len = text.length;
      for (let i = client.lastLen + 1; i <= Math.min(len, spec.track); i++) client.recv[i] = t;
      client.lastLen = len;
    });
  }
  return client;
}

/** Connects; resolves when the client is synced (or, for the rebroadcast server, connected). */
function connect(client, timeoutMs) {
  const { spec, doc } = client;
  const t0 = now();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${spec.key}: not ready after ${timeoutMs} ms`)), timeoutMs);
    const done = () => {
      clearTimeout(timer);
      resolve(now() - t0);
    };
    if (spec.kind === 'hocus') {
      client.provider = new HocuspocusProvider({ url: spec.url, name: spec.room, document: doc, WebSocketPolyfill: WebSocket, onSynced: () => done() });
    } else {
      const p = new WebsocketProvider(spec.url, spec.room, doc, { WebSocketPolyfill: WebSocket, params: spec.params ?? {}, disableBc: true });
      client.provider = p;
      if (spec.wait === 'connect') {
        p.on('status', ({ status }) => { if (status === 'connected') done(); });
      } else {
        p.on('sync', (synced) => { if (synced) done(); });
      }
      p.on('connection-close', (e) => {
        if (e && e.code >= 4000) {
          clearTimeout(timer);
          reject(new Error(`${spec.key}: closed by server ${e.code} ${e.reason}`));
        }
      });
    }
  });
}

function closeClient(client) {
  if (client.closed) return;
  client.closed = true;
  try {
    client.provider?.destroy();
  } catch {
    // already closed
  }
  client.doc.destroy();
}

async function open({ specs, state, timeoutMs = 60000, batch = 25 }) {
  const ms = [];
  for (let i = 0; i < specs.length; i += batch) {
    const part = specs.slice(i, i + batch).map((spec) => {
      const client = makeClient(spec, state);
      clients.set(spec.key, client);
      return connect(client, timeoutMs);
    });
    ms.push(...(await Promise.all(part)));
  }
  return { ms };
}

/** Each listed client makes `count` one-character edits, one every `intervalMs` (0: back to back, yielding between). */
async function write({ keys, count, intervalMs }) {
  const writers = keys.map((k) => clients.get(k));
  const start = now();
  await Promise.all(writers.map(async (c, w) => {
    c.sent = new Float64Array(count + 1);
    // Stagger the writers over one interval so that they do not fire in lockstep.
    if (intervalMs > 0) await sleep((intervalMs * w) / writers.length);
    const t0 = now();
    for (let i = 1; i <= count; i++) {
      if (c.closed) break;
      const target = t0 + i * intervalMs;
      const wait = target - now();
      if (intervalMs > 0 && wait > 0) await sleep(wait);
      else await new Promise((r) => setImmediate(r));
      c.sent[i] = now();
      c.text.insert(c.text.length, 'x');
    }
  }));
  const sent = {};
  for (const c of writers) sent[c.spec.key] = c.sent;
  return { start, end: now(), sent };
}

/** Waits until every listed client (all when omitted) holds at least `length` characters. */
async function waitLength({ keys, length, timeoutMs }) {
  const list = keys ? keys.map((k) => clients.get(k)) : [...clients.values()];
  const deadline = now() + timeoutMs;
  for (;;) {
    const behind = list.filter((c) => c.text.length < length);
    if (behind.length === 0) break;
    if (now() > deadline) break;
    await sleep(2);
  }
  const recv = {};
  let reached = 0;
  for (const c of list) {
    if (c.text.length >= length) reached++;
    if (c.recv) recv[c.spec.key] = c.recv;
  }
  return { reached, total: list.length, recv, at: now() };
}

/** Opens one client, times it until synced, checks its content, and closes it unless `keep`. */
async function join({ spec, expectLength, timeoutMs = 120000, keep = false }) {
  const client = makeClient(spec);
  clients.set(spec.key, client);
  const ms = await connect(client, timeoutMs);
  const length = client.text.length;
  if (!keep) {
    closeClient(client);
    clients.delete(spec.key);
  }
  return { ms, length, ok: expectLength === undefined || length === expectLength };
}

async function close({ keys }) {
  const list = keys ?? [...clients.keys()];
  for (const k of list) {
    const c = clients.get(k);
    if (c) closeClient(c);
    clients.delete(k);
  }
  await sleep(50);
  return { closed: list.length };
}

const handlers = { open, write, waitLength, join, close };
process.on('message', async ({ id, cmd, args }) => {
  if (cmd === 'exit') {
    for (const c of clients.values()) closeClient(c);
    setTimeout(() => process.exit(0), 100);
    return;
  }
  try {
    process.send({ id, ok: true, result: await handlers[cmd](args ?? {}) });
  } catch (error) {
    process.send({ id, ok: false, error: String(error?.stack ?? error) });
  }
});
process.on('disconnect', () => process.exit(0));
process.send({ ready: true });
