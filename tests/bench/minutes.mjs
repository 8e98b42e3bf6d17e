// Benchmark (run on demand: `npm run bench:minutes`; not part of `npm test`): publishing minutes.
// For a ~50-page minutes text and, as the baseline in the same run, a 1-page one: the time of
// `publishMinutes` through the API (flush, render the act as canonical HTML, SHA-256, store,
// freeze, notify) and of the PDF and DOCX exports of the published act. Medians over RUNS
// meetings each. Results are appended to tests/bench/RESULTS.md.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { client, machine, median, openLive, ROOT, sleep, startApp, timed, writePages } from './support.mjs';

const RUNS = Number(process.env.BENCH_MINUTES_RUNS ?? 5);
const CASA = 'tavolo-provinciale-casa';

const app = await startApp();
try {
  const api = client(app.base);
  await api.gql('mutation { login(email: "tecnico@condivisa.example", password: "Condivisa-Demo-2025!") { id } }');

  async function one(pages, n) {
    const start = new Date(Date.now() + (n + 2) * 86_400_000);
    const { createMeeting: { id } } = await api.gql('mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { id } }', {
      i: { spaceId: CASA, title: `Seduta di prova ${pages} pagine n. ${n}`, startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 7_200_000).toISOString(),
        agenda: Array.from({ length: 5 }, (_, i) => ({ title: `Punto ${i + 1}` })) },
    });
    const { startMinutes: { minutesDocumentId } } = await api.gql('mutation($m: ID!) { startMinutes(meetingId: $m) { minutesDocumentId } }', { m: id });
    await api.gql('mutation($m: ID!, $e: [AttendanceInput!]!) { recordAttendance(meetingId: $m, entries: $e) { id } }', {
      m: id, e: [{ organizationId: 'asst-bergamo-ovest', status: 'PRESENT' }, { organizationId: 'ambito-dalmine', status: 'PRESENT' }],
    });
    await api.gql('mutation($m: ID!, $t: [String!]!) { setMeetingDecisions(meetingId: $m, texts: $t) { id } }', { m: id, t: ['Prima decisione', 'Seconda decisione'] });
    const live = await openLive(app.port, api, minutesDocumentId);
    writePages(live.doc, pages);
    await sleep(300); // past the flush window; publishing flushes anyway
    live.provider.destroy();
    const publish = await timed(() => api.gql('mutation($m: ID!) { publishMinutes(meetingId: $m) { id contentSha256 } }', { m: id }));
    const pubId = publish.r.publishMinutes.id;
    const pdf = await timed(() => api.download(`/export/minutes/${pubId}.pdf`));
    const docx = await timed(() => api.download(`/export/minutes/${pubId}.docx`));
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
  const total = (p) => col(p, 'publish') + col(p, 'pdf') + col(p, 'docx');
  const row = (pages) => `| ${pages === 1 ? '1-page minutes (baseline)' : '~50-page minutes'} | ${col(pages, 'pdfPages')} | ${Math.round(col(pages, 'publish'))} | ${Math.round(col(pages, 'pdf'))} | ${Math.round(col(pages, 'docx'))} | ${Math.round(total(pages))} | ${Math.round(col(pages, 'pdfKiB'))} / ${Math.round(col(pages, 'docxKiB'))} |`;
  const report = [
    `## Minutes publication ${new Date().toISOString()} — ${machine()}`,
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
  await app.stop();
}
