// Benchmarks (run on demand: `npm run bench`; not part of `npm test`).
// 1. Time from starting the built app to /readyz = 200 on a second start (data already there).
// 2. The `ambiti { comuni }` GraphQL query at 50 concurrent connections against /healthz in the
//    same run: the ratio is the figure, absolute numbers depend on the machine.
// Results are appended to tests/bench/RESULTS.md.
import { spawn } from 'node:child_process';
import { appendFileSync, chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';

const ROOT = resolve(import.meta.dirname, '../..');
const MAIN = join(ROOT, 'dist/apps/api/main.cjs');
const RUNS = Number(process.env.BENCH_START_RUNS ?? 5);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);

const freePort = () =>
  new Promise((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function startTimed(env) {
  const t0 = performance.now();
  const child = spawn(process.execPath, [MAIN], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: 'ignore' });
  const url = `http://127.0.0.1:${env.PORT}/readyz`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app exited with ${child.exitCode}`);
    const ok = await fetch(url).then((r) => r.status === 200, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const ms = performance.now() - t0;
  return { ms, child, stop: () => new Promise((r) => { child.once('exit', r); child.kill('SIGINT'); }) };
}

function cannon(opts) {
  return new Promise((res, rej) => autocannon({ connections: 50, duration: DURATION, ...opts }, (err, r) => (err ? rej(err) : res(r))));
}

const dataDir = mkdtempSync(join(tmpdir(), 'condivisa-bench-'));
chmodSync(dataDir, 0o755);
const env = { CONDIVISA_DATA_DIR: join(dataDir, 'data'), EMBEDDED_PG_PORT: String(await freePort()), PORT: String(await freePort()) };
try {
  const first = await startTimed(env);
  await first.stop();
  const seconds = [];
  let app = null;
  for (let i = 0; i < RUNS; i++) {
    app = await startTimed(env);
    seconds.push(app.ms);
    if (i < RUNS - 1) await app.stop();
  }
  const base = `http://127.0.0.1:${env.PORT}`;
  const body = JSON.stringify({ query: '{ ambiti { id name fnpsQuotaPerYear comuni { id name } distretto { id name } } }' });
  const check = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then((r) => r.json());
  if (check.data?.ambiti?.length !== 14) throw new Error('ambiti query does not return 14 Ambiti');
  await cannon({ url: `${base}/healthz`, duration: 2 }); // warm-up
  const health = await cannon({ url: `${base}/healthz` });
  const ambiti = await cannon({ url: `${base}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body });
  await app.stop();

  const row = (name, r) => `| ${name} | ${r.latency.p50} | ${r.latency.p99} | ${Math.round(r.requests.average)} | ${r.non2xx} |`;
  const report = [
    `## ${new Date().toISOString()} — ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    '',
    `Start to /readyz = 200 (embedded PostgreSQL, data already there), ${RUNS} runs: median **${Math.round(median(seconds))} ms** ` +
      `(runs: ${seconds.map((s) => Math.round(s)).join(', ')} ms; first start with initdb: ${Math.round(first.ms)} ms).`,
    '',
    `autocannon, 50 connections, ${DURATION} s each, same process:`,
    '',
    '| endpoint | p50 ms | p99 ms | req/s | non-2xx |',
    '| --- | --- | --- | --- | --- |',
    row('GET /healthz (baseline)', health),
    row('POST /graphql `ambiti { comuni … }` (242 comuni, ~20 KB)', ambiti),
    '',
    `Ratio ambiti/healthz: throughput ${(ambiti.requests.average / health.requests.average).toFixed(2)}×, ` +
      `p50 latency ${(ambiti.latency.p50 / Math.max(health.latency.p50, 1)).toFixed(1)}×.`,
    '',
  ].join('\n');
  appendFileSync(join(ROOT, 'tests/bench/RESULTS.md'), `${report}\n`);
  console.log(report);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
