// Collaboration benchmark (on demand: `npm run bench:collab`; never part of `npm test`).
// Measures, side by side in one run on loopback, four WebSocket servers for Yjs documents:
//   ours         the built app (dist/apps/api/main.cjs) on a fresh PostgreSQL database, persistence on
//   hocuspocus   @hocuspocus/server (in memory), client @hocuspocus/provider
//   ywss         @y/websocket-server 0.1.1 setupWSConnection (in memory), client y-websocket
//   rebroadcast  a `ws` server forwarding every binary frame to the room (baseline: fan-out only)
// Scenarios: fan-out (one writer, many readers), many documents, cold load of a long history.
// Servers run in child processes, the load clients in BENCH_COLLAB_WORKERS other processes.
// Results are printed and appended to tests/bench/RESULTS.md.
//
// Sizes (env): BENCH_COLLAB_SERVERS=ours,hocuspocus,ywss,rebroadcast BENCH_COLLAB_SCENARIOS=fanout,docs,cold
//   BENCH_COLLAB_FANOUT_CLIENTS=50 BENCH_COLLAB_FANOUT_EDITS=2000 BENCH_COLLAB_FANOUT_INTERVAL_MS=20
//   BENCH_COLLAB_DOCS=200 BENCH_COLLAB_DOC_CLIENTS=2 BENCH_COLLAB_DOC_EDITS=100 BENCH_COLLAB_DOC_INTERVAL_MS=10 BENCH_COLLAB_DOC_RUNS=1
//   BENCH_COLLAB_COLD_UPDATES=100000 BENCH_COLLAB_COLD_RUNS=3 BENCH_COLLAB_COLD_REPLAY_SMALL=10000
//   BENCH_COLLAB_COLD_REPLAY_TIMEOUT_MS=60000 BENCH_COLLAB_WORKERS=2
//   BENCH_PG_URL=postgres://postgres@127.0.0.1:5432 (server with trust auth; a database is created and dropped)
//   BENCH_COLLAB_NO_APPEND=1 prints without appending to RESULTS.md
import { fork, spawn } from 'node:child_process';
import { appendFileSync, closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import * as Y from 'yjs';

const ROOT = resolve(import.meta.dirname, '../../..');
const HERE = import.meta.dirname;
const MAIN = join(ROOT, 'dist/apps/api/main.cjs');
const env = process.env;
const num = (name, def) => {
  const v = Number(env[name] ?? def);
  if (!Number.isFinite(v) || v < 0) throw new Error(`${name} must be a non-negative number`);
  return v;
};
const CFG = {
  servers: (env.BENCH_COLLAB_SERVERS ?? 'ours,hocuspocus,ywss,rebroadcast').split(',').map((s) => s.trim()).filter(Boolean),
  scenarios: (env.BENCH_COLLAB_SCENARIOS ?? 'fanout,docs,cold').split(',').map((s) => s.trim()).filter(Boolean),
  workers: Math.max(1, num('BENCH_COLLAB_WORKERS', 2)),
  fanClients: Math.max(2, num('BENCH_COLLAB_FANOUT_CLIENTS', 50)),
  fanEdits: Math.max(1, num('BENCH_COLLAB_FANOUT_EDITS', 2000)),
  fanInterval: num('BENCH_COLLAB_FANOUT_INTERVAL_MS', 20),
  docs: Math.max(1, num('BENCH_COLLAB_DOCS', 200)),
  docClients: Math.max(2, num('BENCH_COLLAB_DOC_CLIENTS', 2)),
  docEdits: Math.max(1, num('BENCH_COLLAB_DOC_EDITS', 100)),
  docInterval: num('BENCH_COLLAB_DOC_INTERVAL_MS', 10),
  docRuns: Math.max(1, num('BENCH_COLLAB_DOC_RUNS', 1)),
  coldUpdates: Math.max(1, num('BENCH_COLLAB_COLD_UPDATES', 100000)),
  coldRuns: Math.max(1, num('BENCH_COLLAB_COLD_RUNS', 3)),
  coldReplaySmall: Math.max(1, num('BENCH_COLLAB_COLD_REPLAY_SMALL', 10000)),
  coldReplayTimeout: Math.max(1000, num('BENCH_COLLAB_COLD_REPLAY_TIMEOUT_MS', 60000)),
  pgUrl: (env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/+$/, ''),
};
const BASELINE = 'rebroadcast';
const LABEL = {
  ours: 'ours (gateway + PostgreSQL)',
  hocuspocus: '@hocuspocus/server',
  ywss: '@y/websocket-server',
  rebroadcast: 'rebroadcast baseline',
};
for (const s of CFG.servers) if (!LABEL[s]) throw new Error(`unknown server ${s}`);
const pkgVersion = (name) => {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
};

// ---------------------------------------------------------------- small helpers
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const now = () => performance.timeOrigin + performance.now();
const freePort = () =>
  new Promise((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
const median = (xs) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quantile = (sorted, q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);
/** CPU time (user + system) of a process in ms, from /proc/<pid>/stat (clock ticks of 10 ms). */
function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return 0;
  }
}
/** Resident set size of a process in MiB, from /proc/<pid>/status VmRSS. */
function rssMiB(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}
const f0 = (x) => (Number.isFinite(x) ? String(Math.round(x)) : '—');
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '—');
const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : '—');
const ratio = (x, base) => (Number.isFinite(x) && Number.isFinite(base) && base > 0 ? `${(x / base).toFixed(2)}×` : '—');
const log = (...args) => console.error(`[bench:collab ${new Date().toISOString().slice(11, 19)}]`, ...args);

// ---------------------------------------------------------------- processes we start (all stopped at the end)
const children = new Set();
function track(child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}
async function stopChild(child, timeoutMs = 10000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}

// ---------------------------------------------------------------- load-client workers
class Worker {
  constructor(index) {
    this.index = index;
    this.seq = 0;
    this.pending = new Map();
    this.child = track(fork(join(HERE, 'client-worker.mjs'), [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
    this.ready = new Promise((res, rej) => {
      this.child.once('exit', (code) => rej(new Error(`client worker ${index} exited with ${code}`)));
      this.child.on('message', (m) => {
        if (m.ready) return res();
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        if (m.ok) p.res(m.result);
        else p.rej(new Error(`worker ${index}: ${m.error}`));
      });
    });
    this.child.once('exit', () => {
      for (const p of this.pending.values()) p.rej(new Error(`client worker ${index} exited`));
      this.pending.clear();
    });
  }
  call(cmd, args) {
    const id = ++this.seq;
    return new Promise((res, rej) => {
      this.pending.set(id, { res, rej });
      this.child.send({ id, cmd, args });
    });
  }
  async exit() {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.send({ cmd: 'exit' });
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------- the database (ours)
const dbName = `condivisa_bench_collab_${process.pid}_${Date.now().toString(36)}`;
const DATABASE_URL = `${CFG.pgUrl}/${dbName}`;
let dbCreated = false;
async function adminQuery(sql) {
  const c = new pg.Client({ connectionString: `${CFG.pgUrl}/postgres` });
  await c.connect();
  try {
    return await c.query(sql);
  } finally {
    await c.end();
  }
}
let benchDb = null;
async function db() {
  if (!benchDb) {
    benchDb = new pg.Client({ connectionString: DATABASE_URL });
    await benchDb.connect();
  }
  return benchDb;
}
/**
 * CPU of the PostgreSQL backends serving the bench database, sampled every 100 ms (a pooled
 * connection may close during the window): the sum over backends of last seen − first seen.
 */
function pgCpuSampler() {
  const seen = new Map(); // pid → [at start of window (0 for a backend opened later), last seen]
  let first = true;
  let stopped = false;
  const sample = async () => {
    const c = await db();
    const { rows } = await c.query('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
    for (const { pid } of rows) {
      const v = cpuMs(pid);
      const entry = seen.get(pid);
      if (entry) entry[1] = Math.max(entry[1], v);
      else seen.set(pid, [first ? v : 0, v]);
    }
    first = false;
  };
  const started = sample();
  const loop = (async () => {
    await started;
    while (!stopped) {
      await sleep(100);
      await sample();
    }
  })();
  return {
    started,
    async stop() {
      stopped = true;
      await loop;
      let total = 0;
      for (const [f, l] of seen.values()) total += l - f;
      return total;
    },
  };
}

/**
 * Waits until the server is quiet (≤ 5 % of a core over 500 ms, at most 30 s: the relay forwards
 * every client's sync steps to the whole room, which takes a while with 50 clients), then returns
 * its CPU use over `idleMs` with every client connected and nobody typing (ms per s).
 */
async function settle(server, idleMs = 2000) {
  for (let i = 0; i < 60; i++) {
    const c0 = cpuMs(server.pid);
    await sleep(500);
    if (cpuMs(server.pid) - c0 <= 25) break;
  }
  const c0 = cpuMs(server.pid);
  await sleep(idleMs);
  return ((cpuMs(server.pid) - c0) * 1000) / idleMs;
}

// ---------------------------------------------------------------- servers
const logDir = mkdtempSync(join(tmpdir(), 'condivisa-bench-collab-'));
let serverSeq = 0;

async function startServer(kind) {
  const port = await freePort();
  const logFile = join(logDir, `${kind}-${++serverSeq}.log`);
  const fd = openSync(logFile, 'w');
  let child;
  const t0 = now();
  if (kind === 'ours') {
    const childEnv = { ...env, DATABASE_URL, PORT: String(port), SEED_DEMO: 'true', LOG_LEVEL: 'warn' };
    delete childEnv.REDIS_URL;
    child = track(spawn(process.execPath, [MAIN], { cwd: ROOT, env: childEnv, stdio: ['ignore', fd, fd] }));
    for (let i = 0; ; i++) {
      if (child.exitCode !== null) throw new Error(`ours exited with ${child.exitCode}; log ${logFile}:\n${readFileSync(logFile, 'utf8').slice(-2000)}`);
      if (i > 1200) throw new Error('ours not ready within 60 s');
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.status === 200, () => false);
      if (ok) break;
      await sleep(50);
    }
  } else {
    child = track(spawn(process.execPath, [join(HERE, 'peer-server.mjs'), kind, String(port)], { cwd: ROOT, stdio: ['ignore', 'pipe', fd] }));
    await new Promise((res, rej) => {
      const timer = setTimeout(() => rej(new Error(`${kind} not listening within 20 s`)), 20000);
      child.once('exit', (code) => rej(new Error(`${kind} exited with ${code}; log ${logFile}`)));
      child.stdout.on('data', (d) => {
        if (String(d).includes('listening')) {
          clearTimeout(timer);
          res();
        }
      });
    });
  }
  closeSync(fd);
  const startMs = now() - t0;
  const server = {
    kind,
    port,
    pid: child.pid,
    startMs,
    logFile,
    tickets: new Map(),
    stop: () => stopChild(child),
    /** What a client needs to reach room/document `room`. */
    target(room, key) {
      if (kind === 'ours') {
        const ticket = this.tickets.get(room);
        if (!ticket) throw new Error(`no ticket for ${room}`);
        return { key, kind: 'yws', url: `ws://127.0.0.1:${port}/collab`, room, params: { ticket } };
      }
      if (kind === 'hocuspocus') return { key, kind: 'hocus', url: `ws://127.0.0.1:${port}`, room };
      return { key, kind: 'yws', url: `ws://127.0.0.1:${port}`, room, ...(kind === 'rebroadcast' ? { wait: 'connect' } : {}) };
    },
  };
  return server;
}

// ---------------------------------------------------------------- GraphQL (ours)
let cookie = null;
async function gql(port, query, variables = {}) {
  const r = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  for (const c of r.headers.getSetCookie?.() ?? []) if (c.startsWith('condivisa_session=')) cookie = c.split(';')[0];
  const body = await r.json();
  if (body.errors?.length) throw new Error(`GraphQL: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}
async function login(port) {
  await gql(port, 'mutation { login(email: "coordinatrice@condivisa.example", password: "Condivisa-Demo-2025!") { id } }');
  if (!cookie) throw new Error('login gave no condivisa_session cookie');
}
async function createDocuments(port, titles) {
  const ids = [];
  for (const title of titles) {
    const d = await gql(port, 'mutation($t: String!) { createDocument(spaceId: "tavolo-sviluppo-welfare-locale", kind: PROPOSAL, title: $t) { id } }', { t: title });
    ids.push(d.createDocument.id);
  }
  return ids;
}
async function fetchTickets(server, ids) {
  let next = 0;
  const lane = async () => {
    while (next < ids.length) {
      const id = ids[next++];
      const d = await gql(server.port, 'mutation($id: ID!) { collabTicket(documentId: $id) { token url } }', { id });
      server.tickets.set(id, d.collabTicket.token);
    }
  };
  await Promise.all(Array.from({ length: 8 }, lane));
}

// ---------------------------------------------------------------- a long history
/** Deterministic history: 8 authors typing runs of 1–40 characters at random places, ~10 % backspaces. */
function buildHistory(n) {
  let seed = 42;
  const rnd = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const doc = new Y.Doc();
  const text = doc.getText('t');
  const updates = [];
  doc.on('update', (u) => updates.push(u));
  const letters = 'abcdefghijklmnopqrstuvwxyz      ';
  let cursor = 0;
  let run = 0;
  for (let i = 0; i < n; i++) {
    if (run <= 0) {
      doc.clientID = 1000 + Math.floor(rnd() * 8);
      cursor = Math.floor(rnd() * (text.length + 1));
      run = 1 + Math.floor(rnd() * 40);
    }
    run--;
    if (cursor > 0 && rnd() < 0.1) {
      text.delete(cursor - 1, 1);
      cursor--;
    } else {
      text.insert(cursor, letters[Math.floor(rnd() * letters.length)]);
      cursor++;
    }
  }
  if (updates.length !== n) throw new Error(`history has ${updates.length} updates, expected ${n}`);
  const state = Y.encodeStateAsUpdate(doc);
  const length = text.length;
  doc.destroy();
  return { updates, state, length, bytes: updates.reduce((s, u) => s + u.byteLength, 0) };
}

// ---------------------------------------------------------------- scenarios
const results = { fanout: {}, docs: {}, cold: {} };
let workers = [];
let oursDocs = null; // { fan, docs: [], cold }
let history = null;

async function withServer(kind, fn) {
  const server = await startServer(kind);
  try {
    if (kind === 'ours') await login(server.port);
    return await fn(server);
  } finally {
    await Promise.allSettled(workers.map((w) => w.call('close', {})));
    await server.stop();
  }
}

async function fanout(kind) {
  return withServer(kind, async (server) => {
    const room = kind === 'ours' ? oursDocs.fan : 'fan';
    if (kind === 'ours') await fetchTickets(server, [room]);
    const N = CFG.fanEdits;
    const writer = server.target(room, 'w');
    await workers[0].call('open', { specs: [{ ...writer }] });
    const receivers = Array.from({ length: CFG.workers }, () => []);
    for (let i = 1; i < CFG.fanClients; i++) receivers[i % CFG.workers].push({ ...server.target(room, `r${i}`), track: N });
    const t0 = now();
    await Promise.all(workers.map((w, i) => w.call('open', { specs: receivers[i] })));
    const openMs = now() - t0;
    const idleCpu = await settle(server);
    const rss0 = rssMiB(server.pid);
    const pgs = kind === 'ours' ? pgCpuSampler() : null;
    await pgs?.started;
    const cpu0 = cpuMs(server.pid);
    const timeoutMs = N * CFG.fanInterval + 60000;
    const [w, ...waits] = await Promise.all([
      workers[0].call('write', { keys: ['w'], count: N, intervalMs: CFG.fanInterval }),
      ...workers.map((wk, i) => wk.call('waitLength', { keys: receivers[i].map((s) => s.key), length: N, timeoutMs })),
    ]);
    const cpu = cpuMs(server.pid) - cpu0;
    const pgCpu = pgs ? await pgs.stop() : NaN;
    const rss = rssMiB(server.pid);
    const sent = w.sent.w;
    const lat = [];
    let delivered = 0;
    let lastArrival = 0;
    for (const wt of waits) {
      for (const recv of Object.values(wt.recv)) {
        for (let i = 1; i <= N; i++) {
          if (recv[i] > 0) {
            lat.push(recv[i] - sent[i]);
            delivered++;
          }
        }
        lastArrival = Math.max(lastArrival, recv[N] || Infinity);
      }
    }
    lat.sort((a, b) => a - b);
    const reached = waits.reduce((n, x) => n + x.reached, 0);
    const total = waits.reduce((n, x) => n + x.total, 0);
    const r = {
      openMs,
      idleCpu,
      p50: quantile(lat, 0.5),
      p99: quantile(lat, 0.99),
      max: lat.at(-1),
      convergenceMs: lastArrival - sent[N],
      writeSeconds: (w.end - w.start) / 1000,
      delivered,
      expected: N * (CFG.fanClients - 1),
      reached,
      total,
      cpuMs: cpu,
      cpuUsPerDelivery: (cpu * 1000) / delivered,
      pgCpuMs: pgCpu,
      rss0,
      rss,
    };
    log(`fanout ${kind}:`, JSON.stringify(r, (_k, v) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v)));
    return r;
  });
}

async function manyDocs(kind, runIndex) {
  return withServer(kind, async (server) => {
    const rooms = kind === 'ours' ? oursDocs.docs[runIndex] : Array.from({ length: CFG.docs }, (_, d) => `doc-${runIndex}-${d}`);
    if (kind === 'ours') await fetchTickets(server, rooms);
    const rssIdle = rssMiB(server.pid);
    const specs = Array.from({ length: CFG.workers }, () => []);
    let slot = 0;
    rooms.forEach((room, d) => {
      for (let c = 0; c < CFG.docClients; c++) specs[slot++ % CFG.workers].push(server.target(room, `d${d}c${c}`));
    });
    const t0 = now();
    await Promise.all(workers.map((w, i) => w.call('open', { specs: specs[i] })));
    const openMs = now() - t0;
    const idleCpu = await settle(server);
    const pgs = kind === 'ours' ? pgCpuSampler() : null;
    await pgs?.started;
    const cpu0 = cpuMs(server.pid);
    const length = CFG.docClients * CFG.docEdits;
    const timeoutMs = CFG.docEdits * CFG.docInterval + 180000;
    const calls = await Promise.all([
      ...workers.map((w, i) => w.call('write', { keys: specs[i].map((s) => s.key), count: CFG.docEdits, intervalMs: CFG.docInterval })),
      ...workers.map((w, i) => w.call('waitLength', { keys: specs[i].map((s) => s.key), length, timeoutMs })),
    ]);
    const writes = calls.slice(0, CFG.workers);
    const waits = calls.slice(CFG.workers);
    const cpu = cpuMs(server.pid) - cpu0;
    const pgCpu = pgs ? await pgs.stop() : NaN;
    const rss = rssMiB(server.pid);
    const start = Math.min(...writes.map((w) => w.start));
    const end = Math.max(...waits.map((w) => w.at));
    const reached = waits.reduce((n, x) => n + x.reached, 0);
    const total = waits.reduce((n, x) => n + x.total, 0);
    const delivered = CFG.docs * CFG.docClients * CFG.docEdits * (CFG.docClients - 1);
    const r = {
      openMs,
      idleCpu,
      seconds: (end - start) / 1000,
      writeSeconds: (Math.max(...writes.map((w) => w.end)) - start) / 1000,
      delivered,
      perSecond: delivered / ((end - start) / 1000),
      reached,
      total,
      cpuMs: cpu,
      cpuUsPerDelivery: (cpu * 1000) / delivered,
      pgCpuMs: pgCpu,
      rssIdle,
      rss,
    };
    log(`docs ${kind} run ${runIndex + 1}:`, JSON.stringify(r, (_k, v) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v)));
    return r;
  });
}

async function insertHistory(documentId, updates) {
  const c = await db();
  await c.query('DELETE FROM yjs_snapshot WHERE document_id = $1', [documentId]);
  await c.query('DELETE FROM yjs_update WHERE document_id = $1', [documentId]);
  const chunk = 2000;
  for (let i = 0; i < updates.length; i += chunk) {
    const part = updates.slice(i, i + chunk);
    const values = part.map((_, j) => `($1, $${j + 2})`).join(',');
    await c.query(`INSERT INTO yjs_update (document_id, bytes) VALUES ${values}`, [documentId, ...part.map((u) => Buffer.from(u))]);
  }
}

/** A fresh process answers its first socket slowly (JIT, pool): warm it on an empty document first. */
async function warmUp(server) {
  await fetchTickets(server, [oursDocs.warmUp]);
  for (let i = 0; i < 3; i++) await workers[i % CFG.workers].call('join', { spec: server.target(oursDocs.warmUp, `warmup${i}`), expectLength: 0 });
}

/** One join timed on a fresh, warmed-up process of ours; null when it did not sync within timeoutMs. */
async function oursJoinAfterStart(id, expectLength, timeoutMs, key, whileHeld) {
  return withServer('ours', async (server) => {
    await warmUp(server);
    await fetchTickets(server, [id]);
    let first;
    try {
      first = await workers[0].call('join', { spec: server.target(id, key), expectLength, keep: Boolean(whileHeld), timeoutMs });
    } catch (error) {
      log(`${key}: ${String(error.message).split('\n')[0]}`);
      return null;
    }
    if (whileHeld) await whileHeld(server);
    return first;
  });
}

async function cold(kind) {
  const expectLength = history.length;
  if (kind === 'ours') {
    const c = await db();
    const id = oursDocs.cold;
    await insertHistory(id, history.updates);
    let okAll = true;
    // 1. The whole history, no snapshot: the load replays every row (and would fold them into a snapshot). One bounded attempt.
    const full = await oursJoinAfterStart(id, expectLength, CFG.coldReplayTimeout, 'replay-full');
    if (full) okAll &&= full.ok;
    // 2. A shorter history (a prefix of the same one), replayed from its rows each time.
    const smallN = Math.min(CFG.coldReplaySmall, history.updates.length);
    const prefix = new Y.Doc();
    prefix.transact(() => {
      for (let i = 0; i < smallN; i++) Y.applyUpdate(prefix, history.updates[i]);
    });
    const smallLength = prefix.getText('t').length;
    prefix.destroy();
    await insertHistory(oursDocs.coldSmall, history.updates.slice(0, smallN));
    const replaySmall = [];
    for (let run = 0; run < CFG.coldRuns; run++) {
      await c.query('DELETE FROM yjs_snapshot WHERE document_id = $1', [oursDocs.coldSmall]);
      const r = await oursJoinAfterStart(oursDocs.coldSmall, smallLength, CFG.coldReplayTimeout, `replay-small${run}`);
      if (!r) break;
      replaySmall.push(r.ms);
      okAll &&= r.ok;
    }
    // 3. The whole history with a snapshot: the server's if the full replay finished, else ours (merged state up to the last row).
    const has = await c.query('SELECT 1 FROM yjs_snapshot WHERE document_id = $1', [id]);
    const snapshotBy = has.rows.length ? 'the server' : 'the bench';
    if (!has.rows.length) {
      await c.query('INSERT INTO yjs_snapshot (document_id, state, up_to_id) SELECT $1, $2, max(id) FROM yjs_update WHERE document_id = $1', [
        id,
        Buffer.from(history.state),
      ]);
    }
    const snapshot = [];
    const warm = [];
    for (let run = 0; run < CFG.coldRuns; run++) {
      const r = await oursJoinAfterStart(id, expectLength, CFG.coldReplayTimeout, `snap${run}`, async (server) => {
        // While that client holds it, the document is in memory.
        for (let j = 0; j < 3; j++) {
          const w = await workers[1].call('join', { spec: server.target(id, `warm${run}-${j}`), expectLength });
          warm.push(w.ms);
          okAll &&= w.ok;
        }
      });
      if (!r) break;
      snapshot.push(r.ms);
      okAll &&= r.ok;
    }
    const snap = await c.query('SELECT octet_length(state) AS bytes FROM yjs_snapshot WHERE document_id = $1', [id]);
    const r = {
      replayFull: full ? [full.ms] : [],
      replayFullTimedOut: !full,
      smallN,
      replaySmall,
      snapshot,
      snapshotBy,
      warm,
      ok: okAll,
      snapshotBytes: Number(snap.rows[0]?.bytes ?? NaN),
    };
    log(`cold ${kind}:`, JSON.stringify(r, (_k, v) => (typeof v === 'number' ? Math.round(v) : v)));
    return r;
  }
  // Peers keep documents in memory only: a holder client pushes the full state, then others join.
  return withServer(kind, async (server) => {
    const seedSpec = server.target('cold', 'seed');
    const seeded = await workers[0].call('open', { specs: [seedSpec], state: history.state, timeoutMs: 120000 });
    await sleep(kind === BASELINE ? 500 : 200);
    const warm = [];
    let okAll = true;
    for (let j = 0; j < CFG.coldRuns * 3; j++) {
      const spec = server.target('cold', `warm${j}`);
      if (kind === BASELINE) delete spec.wait; // wait for sync: the holder answers through the relay
      const w = await workers[1].call('join', { spec, expectLength });
      warm.push(w.ms);
      okAll &&= w.ok;
    }
    const r = { seedMs: seeded.ms[0], warm, ok: okAll };
    log(`cold ${kind}:`, JSON.stringify(r, (_k, v) => (typeof v === 'number' ? Math.round(v) : v)));
    return r;
  });
}

// ---------------------------------------------------------------- report
function report(startedAt, seconds) {
  const c = CFG;
  const lines = [
    `## Collaboration ${startedAt.toISOString()} — ${cpus().length} cores (${cpus()[0]?.model?.trim() ?? '?'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    '',
    `\`npm run bench:collab\` (tests/bench/collab/run.mjs), ${Math.round(seconds)} s. Loopback only; each server in its own process, ` +
      `restarted for every scenario; load from ${c.workers} client processes on the same machine (all share the ${cpus().length} cores). ` +
      `Servers: ours = dist/apps/api/main.cjs (PostgreSQL ${pgVersion}, persistence on, COLLAB_FLUSH_MS default), ` +
      `@hocuspocus/server ${pkgVersion('@hocuspocus/server')} + @hocuspocus/provider ${pkgVersion('@hocuspocus/provider')} (no extensions: memory only), ` +
      `@y/websocket-server ${pkgVersion('@y/websocket-server')} setupWSConnection (no persistence), ` +
      `rebroadcast = \`ws\` ${pkgVersion('ws')} relay of every binary frame to the room; clients y-websocket ${pkgVersion('y-websocket')}, yjs ${pkgVersion('yjs')}. ` +
      'Server CPU = utime+stime of the server process (/proc, 10 ms ticks); RSS = VmRSS. Ratios are against the rebroadcast baseline of this run.',
    '',
  ];
  if (Object.keys(results.fanout).length) {
    const b = results.fanout[BASELINE];
    lines.push(
      `### Fan-out: ${c.fanClients} clients on one document, 1 writer, ${c.fanEdits} one-character edits every ${c.fanInterval} ms`,
      '',
      'Latency = send at the writer to arrival at each of the other clients (all arrivals). Convergence = last edit sent to the last client having it.',
      '',
      '| server | p50 ms | p99 ms | max ms | convergence ms | delivered | server CPU µs / delivery | CPU ratio | p50 ratio | p99 ratio | idle CPU ms/s (connected, nobody typing) | RSS MiB (before → after) |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const s of c.servers) {
      const r = results.fanout[s];
      if (!r) continue;
      lines.push(
        `| ${LABEL[s]} | ${f2(r.p50)} | ${f2(r.p99)} | ${f1(r.max)} | ${f1(r.convergenceMs)} | ${r.delivered}/${r.expected} | ${f1(r.cpuUsPerDelivery)}` +
          `${Number.isFinite(r.pgCpuMs) ? ` (+${f1((r.pgCpuMs * 1000) / r.delivered)} in PostgreSQL)` : ''} | ${ratio(r.cpuUsPerDelivery, b?.cpuUsPerDelivery)} | ` +
          `${ratio(r.p50, b?.p50)} | ${ratio(r.p99, b?.p99)} | ${f0(r.idleCpu)} | ${f0(r.rss0)} → ${f0(r.rss)} |`,
      );
    }
    lines.push('');
  }
  if (Object.keys(results.docs).length) {
    const runs = Object.values(results.docs)[0]?.length ?? 0;
    const med = (s, k) => median((results.docs[s] ?? []).map((r) => r[k]));
    lines.push(
      `### Many documents: ${c.docs} documents × ${c.docClients} clients × ${c.docEdits} edits (one every ${c.docInterval} ms per client)`,
      '',
      `Delivered = every edit reaching the other client(s) of its document; time = first edit sent to the last client complete. ${runs} run(s) per server, medians.`,
      '',
      '| server | delivered updates/s | ratio | seconds | server CPU µs / delivery | CPU ratio | idle CPU ms/s (connected) | RSS MiB at the end (idle before) | connect all ms | complete |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const s of c.servers) {
      const rs = results.docs[s];
      if (!rs?.length) continue;
      const pg = med(s, 'pgCpuMs');
      const delivered = rs[0].delivered;
      lines.push(
        `| ${LABEL[s]} | ${f0(med(s, 'perSecond'))} | ${ratio(med(s, 'perSecond'), med(BASELINE, 'perSecond'))} | ${f2(med(s, 'seconds'))} | ` +
          `${f1(med(s, 'cpuUsPerDelivery'))}${Number.isFinite(pg) ? ` (+${f1((pg * 1000) / delivered)} in PostgreSQL)` : ''} | ` +
          `${ratio(med(s, 'cpuUsPerDelivery'), med(BASELINE, 'cpuUsPerDelivery'))} | ${f0(med(s, 'idleCpu'))} | ${f0(med(s, 'rss'))} (${f0(med(s, 'rssIdle'))}) | ${f0(med(s, 'openMs'))} | ` +
          `${rs.map((r) => `${r.reached}/${r.total}`).join(', ')} |`,
      );
    }
    lines.push('');
  }
  if (Object.keys(results.cold).length) {
    lines.push(
      `### Cold load: a document with ${c.coldUpdates.toLocaleString('en')} updates in its history`,
      '',
      `History: 8 authors typing runs of 1–40 characters at random places, ~10 % backspaces: ${c.coldUpdates.toLocaleString('en')} updates, ` +
        `${(history.bytes / 1024).toFixed(0)} KiB in total, merged state ${(history.state.byteLength / 1024).toFixed(0)} KiB, ${history.length.toLocaleString('en')} characters. ` +
        'Time = new y-websocket / Hocuspocus provider created → synced (content checked). For ours the rows are inserted into `yjs_update` directly, then a fresh server process ' +
        '(warmed up by 3 joins on another, empty document) loads them (replay; that load also folds them into a snapshot); "after restart" is another fresh process loading the snapshot; "in memory" is a join while another client holds the document. ' +
        'The peers have no persistence here: a holder client pushes the merged state and others join while it is in memory; after a restart they have nothing to load.',
      '',
      '| server | case | median ms | runs ms | ratio to baseline (in memory) | content ok |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    const baseWarm = median(results.cold[BASELINE]?.warm ?? []);
    for (const s of c.servers) {
      const r = results.cold[s];
      if (!r) continue;
      const row = (what, xs, withRatio) =>
        lines.push(`| ${LABEL[s]} | ${what} | ${f1(median(xs))} | ${xs.map((x) => f0(x)).join(', ')} | ${withRatio ? ratio(median(xs), baseWarm) : '—'} | ${r.ok ? 'yes' : '**no**'} |`);
      if (s === 'ours') {
        if (r.replayFullTimedOut) {
          lines.push(`| ${LABEL[s]} | cold, replay of ${c.coldUpdates.toLocaleString('en')} rows, no snapshot | **not synced within ${c.coldReplayTimeout / 1000} s** | 1 attempt (server event loop blocked, then killed) | — | — |`);
        } else {
          row(`cold, replay of ${c.coldUpdates.toLocaleString('en')} rows, no snapshot (+ fold into snapshot)`, r.replayFull, false);
        }
        row(`cold, replay of ${r.smallN.toLocaleString('en')} rows (a prefix of the same history), no snapshot`, r.replaySmall, false);
        row(`cold after restart, snapshot of ${(r.snapshotBytes / 1024).toFixed(0)} KiB (written by ${r.snapshotBy})`, r.snapshot, false);
        row('in memory (another client holds it)', r.warm, true);
      } else if (s === BASELINE) {
        row('in memory: no server state, the holder client answers through the relay', r.warm, true);
        lines.push(`| ${LABEL[s]} | after restart | — | cannot: the relay keeps nothing | — | — |`);
      } else {
        row('in memory (holder client connected)', r.warm, true);
        lines.push(`| ${LABEL[s]} | after restart | — | cannot: no persistence configured (${s === 'ywss' ? 'LevelDB not enabled' : 'no Database/SQLite extension'}), the document is gone | — | — |`);
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------- main
let pgVersion = '?';
let cleaning = null;
async function cleanup() {
  cleaning ??= (async () => {
    await Promise.allSettled(workers.map((w) => w.exit()));
    await Promise.allSettled([...children].map((c) => stopChild(c, 5000)));
    if (benchDb) await benchDb.end().catch(() => {});
    if (dbCreated) {
      await adminQuery(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).then(
        () => log(`dropped database ${dbName}`),
        (e) => log(`could not drop database ${dbName}: ${e.message}`),
      );
    }
    rmSync(logDir, { recursive: true, force: true });
  })();
  return cleaning;
}
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, () => {
    log(`${sig}: stopping everything`);
    cleanup().finally(() => process.exit(130));
  });
}

const startedAt = new Date();
const t0 = now();
try {
  if (CFG.servers.includes('ours') && !existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first`);
  log('configuration', JSON.stringify(CFG));
  workers = Array.from({ length: CFG.workers }, (_, i) => new Worker(i));
  await Promise.all(workers.map((w) => w.ready));

  if (CFG.servers.includes('ours')) {
    await adminQuery(`CREATE DATABASE "${dbName}"`);
    dbCreated = true;
    pgVersion = (await adminQuery('SHOW server_version')).rows[0].server_version.split(' ')[0];
    log(`created database ${dbName}; creating the documents of ours`);
    // First start migrates and seeds; create every document the scenarios need.
    await withServer('ours', async (server) => {
      const fan = CFG.scenarios.includes('fanout') ? (await createDocuments(server.port, ['bench fan-out']))[0] : null;
      const docs = [];
      if (CFG.scenarios.includes('docs')) {
        for (let run = 0; run < CFG.docRuns; run++) docs.push(await createDocuments(server.port, Array.from({ length: CFG.docs }, (_, d) => `bench doc ${run}.${d}`)));
      }
      const [coldDoc, coldSmall, warmUpDoc] = CFG.scenarios.includes('cold')
        ? await createDocuments(server.port, ['bench cold load', 'bench cold load (short)', 'bench warm-up'])
        : [];
      oursDocs = { fan, docs, cold: coldDoc, coldSmall, warmUp: warmUpDoc };
    });
  }
  if (CFG.scenarios.includes('cold')) {
    const h0 = now();
    history = buildHistory(CFG.coldUpdates);
    log(`history of ${CFG.coldUpdates} updates built in ${Math.round(now() - h0)} ms (${history.length} characters)`);
  }
  for (const scenario of CFG.scenarios) {
    for (const kind of CFG.servers) {
      log(`${scenario} — ${kind}`);
      try {
        if (scenario === 'fanout') results.fanout[kind] = await fanout(kind);
        else if (scenario === 'docs') {
          results.docs[kind] = [];
          for (let run = 0; run < CFG.docRuns; run++) results.docs[kind].push(await manyDocs(kind, run));
        }
        else if (scenario === 'cold') results.cold[kind] = await cold(kind);
        else throw new Error(`unknown scenario ${scenario}`);
      } catch (error) {
        log(`${scenario} — ${kind} FAILED: ${error.stack ?? error}`);
      }
    }
  }
  const md = report(startedAt, (now() - t0) / 1000);
  console.log(md);
  if (!env.BENCH_COLLAB_NO_APPEND) appendFileSync(join(ROOT, 'tests/bench/RESULTS.md'), `\n${md}`);
} finally {
  await cleanup();
}
