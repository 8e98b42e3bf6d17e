// Benchmark (run on demand: `npm run bench:reports`; not part of `npm test`): producing the
// provincial summary of a semester (12 objectives, 84 actions) as GraphQL, PDF, DOCX and XLSX,
// against one objective's report in the same run (the baseline). Each objective gets two
// indicators with values first, so the tables are not empty. Medians of RUNS requests.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { client, machine, median, ROOT, startApp, timed } from './support.mjs';

const RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 5);
const SEMESTER = '2025-H2';

const app = await startApp();
try {
  const api = client(app.base);
  await api.gql('mutation { login(email: "admin@condivisa.example", password: "Condivisa-Demo-2025!") { id } }');
  const { objectives } = await api.gql('{ objectives { id } }');
  for (const { id } of objectives) {
    for (const name of ['Enti coinvolti', 'Incontri realizzati']) {
      const { defineIndicator } = await api.gql('mutation($o: ID!, $i: IndicatorInput!) { defineIndicator(objectiveId: $o, input: $i) { id } }', {
        o: id, i: { name, unit: 'COUNT', direction: 'HIGHER_IS_BETTER', baselineValue: 0, targets: [{ year: 2025, value: 10 }, { year: 2026, value: 20 }] },
      });
      await api.gql('mutation($i: ID!, $v: Float!) { recordIndicatorValue(indicatorId: $i, semester: "2025-H2", value: $v, note: "") { id } }', { i: defineIndicator.id, v: 7 });
    }
  }
  const one = objectives[0].id;
  const cases = [
    ['one objective, GraphQL semesterReport (baseline)', () => api.gql('query($o: ID!, $s: String!) { semesterReport(objectiveId: $o, semester: $s) { actions { id } indicators { current } } }', { o: one, s: SEMESTER })],
    ['one objective, PDF', () => api.download(`/export/reports/${one}/${SEMESTER}.pdf`)],
    ['provincial summary, GraphQL provincialReport', () => api.gql('query($s: String!) { provincialReport(semester: $s) { objectives { actions { id } indicators { current } } } }', { s: SEMESTER })],
    ['provincial summary, PDF', () => api.download(`/export/reports/provincia/${SEMESTER}.pdf`)],
    ['provincial summary, DOCX', () => api.download(`/export/reports/provincia/${SEMESTER}.docx`)],
    ['provincial summary, XLSX', () => api.download(`/export/reports/provincia/${SEMESTER}.xlsx`)],
  ];
  const rows = [];
  let base = 0;
  for (const [name, work] of cases) {
    await work(); // warm-up
    const times = [];
    for (let i = 0; i < RUNS; i++) times.push((await timed(work)).ms);
    const m = median(times);
    if (!base) base = m;
    rows.push(`| ${name} | ${Math.round(m)} | ${times.map((t) => Math.round(t)).join(', ')} | ${(m / base).toFixed(1)}× |`);
  }
  const report = [
    `## Semester reports ${new Date().toISOString()} — ${machine()}`,
    '',
    `\`npm run bench:reports\` (tests/bench/reports.mjs): the built app on its embedded PostgreSQL, 12 objectives × 2 indicators with a value for ${SEMESTER}; median of ${RUNS} requests after one warm-up; ratio against the one-objective GraphQL report.`,
    '',
    '| what | median ms | runs ms | ratio |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
  appendFileSync(join(ROOT, 'tests/bench/RESULTS.md'), `${report}\n`);
  console.log(report);
} finally {
  await app.stop();
}
