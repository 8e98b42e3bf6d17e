// Benchmark (run on demand: `npm run bench:minutes`; not part of `npm test`): publishing minutes.
// For a ~50-page minutes text and, as the baseline in the same run, a 1-page one: the time of
// `publishMinutes` through the API (flush, render the act as canonical HTML, SHA-256, store,
// freeze, notify) and of the PDF and DOCX exports of the published act. Medians over RUNS
// meetings each. Results are appended to tests/bench/RESULTS.md.
import { spawn } from 'node:child_process';
import { appendFileSync, chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

const ROOT = resolve(import.meta.dirname, '../..');
const MAIN = join(ROOT, 'dist/apps/api/main.cjs');
const RUNS = Number(process.env.BENCH_MINUTES_RUNS ?? 5);
const CASA = 'tavolo-provinciale-casa';

const freePort = () => new Promise((res) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => res(port)); });
});
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const WORDS = 'il tavolo provinciale discute le soluzioni abitative temporanee per le famiglie in emergenza con gli enti del terzo settore e gli uffici di piano degli ambiti territoriali che condividono dati risorse e percorsi di accompagnamento'.split(' ');
const sentence = (n, seed) => Array.from({ length: n }, (_, i) => WORDS[(seed * 7 + i * 3) % WORDS.length]).join(' ');

function el(name, children, attrs = {}) {
  const e = new Y.XmlElement(name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.insert(0, children);
  return e;
}
const para = (text) => el('paragraph', [new Y.XmlText(text)]);

/** `pages` ≈ pages of A4 in the PDF: 12 paragraphs of ~70 words, a heading, and a small table every other page. */
function writeMinutes(doc, pages) {
  const nodes = [];
  for (let p = 0; p < pages; p++) {
    nodes.push(el('heading', [new Y.XmlText(`Punto ${p + 1}: discussione`)], { level: 3 }));
    for (let i = 0; i < 10; i++) nodes.push(para(`${sentence(70, p * 13 + i)}.`));
    if (p % 2 === 0) {
      nodes.push(el('table', [0, 1, 2, 3].map((r) => el('tableRow', [0, 1, 2].map((c) => el(r === 0 ? 'tableHeader' : 'tableCell', [para(r === 0 ? `Colonna ${c + 1}` : `${sentence(3, r + c)}`)]))))));
    }
  }
  doc.transact(() => { const f = doc.getXmlFragment('default'); f.insert(f.length, nodes); });
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'condivisa-bench-minutes-'));
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const env = { ...process.env, LOG_LEVEL: 'warn', CONDIVISA_DATA_DIR: join(dataDir, 'data'), EMBEDDED_PG_PORT: String(await freePort()), PORT: String(port) };
  const child = spawn(process.execPath, [MAIN], { cwd: ROOT, env, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; ; i++) {
      if (child.exitCode !== null) throw new Error(`app exited with ${child.exitCode}`);
      if (await fetch(`${base}/readyz`).then((r) => r.ok, () => false)) break;
      if (i > 3000) throw new Error('not ready in 60 s');
      await sleep(20);
    }
    let cookie = '';
    const gql = async (query, variables = {}) => {
      const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
      const setCookie = res.headers.get('set-cookie');
      if (setCookie) cookie = setCookie.split(';')[0];
      const body = await res.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    await gql('mutation { login(email: "tecnico@condivisa.example", password: "Condivisa-Demo-2025!") { id } }');

    const timed = async (work) => { const t0 = performance.now(); const r = await work(); return { ms: performance.now() - t0, r }; };
    const download = async (path) => { const res = await fetch(`${base}${path}`, { headers: { cookie } }); if (!res.ok) throw new Error(`${path}: ${res.status}`); return Buffer.from(await res.arrayBuffer()); };

    async function one(pages, n) {
      const start = new Date(Date.now() + (n + 2) * 86_400_000);
      const { createMeeting: { id } } = await gql('mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { id } }', {
        i: { spaceId: CASA, title: `Seduta di prova ${pages} pagine n. ${n}`, startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 7_200_000).toISOString(),
          agenda: Array.from({ length: 5 }, (_, i) => ({ title: `Punto ${i + 1}` })) },
      });
      const { startMinutes: { minutesDocumentId } } = await gql('mutation($m: ID!) { startMinutes(meetingId: $m) { minutesDocumentId } }', { m: id });
      await gql('mutation($m: ID!, $e: [AttendanceInput!]!) { recordAttendance(meetingId: $m, entries: $e) { id } }', {
        m: id, e: [{ organizationId: 'asst-bergamo-ovest', status: 'PRESENT' }, { organizationId: 'ambito-dalmine', status: 'PRESENT' }],
      });
      await gql('mutation($m: ID!, $t: [String!]!) { setMeetingDecisions(meetingId: $m, texts: $t) { id } }', { m: id, t: ['Prima decisione', 'Seconda decisione'] });
      const { collabTicket } = await gql('mutation($d: ID!) { collabTicket(documentId: $d) { token } }', { d: minutesDocumentId });
      const doc = new Y.Doc();
      const provider = new WebsocketProvider(`ws://127.0.0.1:${port}/collab`, minutesDocumentId, doc, { WebSocketPolyfill: WebSocket, params: { ticket: collabTicket.token }, disableBc: true });
      while (!provider.synced) await sleep(10);
      writeMinutes(doc, pages);
      await sleep(300); // past the flush window; publishing flushes anyway
      provider.destroy();
      const publish = await timed(() => gql('mutation($m: ID!) { publishMinutes(meetingId: $m) { id contentSha256 } }', { m: id }));
      const pubId = publish.r.publishMinutes.id;
      const pdf = await timed(() => download(`/export/minutes/${pubId}.pdf`));
      const docx = await timed(() => download(`/export/minutes/${pubId}.docx`));
      const pdfPages = (pdf.r.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      return { publish: publish.ms, pdf: pdf.ms, docx: docx.ms, pdfPages, pdfKiB: pdf.r.length / 1024, docxKiB: docx.r.length / 1024 };
    }

    await one(1, 0); // warm-up
    const results = {};
    for (const pages of [1, 50]) {
      results[pages] = [];
      for (let n = 1; n <= RUNS; n++) results[pages].push(await one(pages, pages * 100 + n));
    }
    const col = (pages, key) => median(results[pages].map((r) => r[key]));
    const row = (pages) => `| ${pages === 1 ? '1-page minutes (baseline)' : '~50-page minutes'} | ${col(pages, 'pdfPages')} | ${Math.round(col(pages, 'publish'))} | ${Math.round(col(pages, 'pdf'))} | ${Math.round(col(pages, 'docx'))} | ${Math.round(col(pages, 'publish') + col(pages, 'pdf') + col(pages, 'docx'))} | ${Math.round(col(pages, 'pdfKiB'))} / ${Math.round(col(pages, 'docxKiB'))} |`;
    const total = (p) => col(p, 'publish') + col(p, 'pdf') + col(p, 'docx');
    const report = [
      `## Minutes publication ${new Date().toISOString()} — ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      '',
      `\`npm run bench:minutes\` (tests/bench/minutes.mjs): the built app on its embedded PostgreSQL; per size ${RUNS} meetings, each with attendance, 2 decisions and the text written through a y-websocket client; medians. ` +
        'publish = `publishMinutes` round trip (flush, render the act to canonical HTML, SHA-256, insert, freeze the document, notify members); PDF / DOCX = download of the published act.',
      '',
      '| minutes | PDF pages | publish ms | PDF export ms | DOCX export ms | total ms | PDF / DOCX KiB |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      row(1),
      row(50),
      '',
      `Ratio 50 pages / 1 page: publish ${(col(50, 'publish') / col(1, 'publish')).toFixed(1)}×, PDF ${(col(50, 'pdf') / col(1, 'pdf')).toFixed(1)}×, DOCX ${(col(50, 'docx') / col(1, 'docx')).toFixed(1)}×, total ${(total(50) / total(1)).toFixed(1)}×.`,
      '',
    ].join('\n');
    appendFileSync(join(ROOT, 'tests/bench/RESULTS.md'), `${report}\n`);
    console.log(report);
  } finally {
    await new Promise((r) => { child.once('exit', r); child.kill('SIGINT'); });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
