// Benchmark (run on demand: `npm run bench:models`; not part of `npm test`): comparing two
// versions of a ~100-page model. v1 is ~100 pages written through a y-websocket client; v2
// prefixes 30 paragraphs with a word, one table cell, adds 5 paragraphs and moves one; the
// `modelVersionDiff` round trip (block-level + word-level) is timed against the same query on a
// 1-page model with the same kinds of change (the baseline, same run). Medians of RUNS calls.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { client, machine, median, openLive, paragraph, ROOT, sleep, startApp, timed, writePages } from './support.mjs';

const RUNS = Number(process.env.BENCH_MODEL_RUNS ?? 7);
const CASA = 'tavolo-provinciale-casa';
const DIFF = 'query($f: ID!, $t: ID) { modelVersionDiff(fromVersionId: $f, toVersionId: $t) { summary { added removed changed moved } changes { kind words { kind } } } }';

function change(doc, edits) {
  const fragment = doc.getXmlFragment('default');
  const paragraphs = fragment.toArray().filter((n) => n.nodeName === 'paragraph');
  doc.transact(() => {
    for (let i = 0; i < Math.min(edits, paragraphs.length); i++) {
      const text = paragraphs[Math.floor((i * paragraphs.length) / edits)].get(0);
      text.insert(0, 'Modificato: ');
    }
    const table = fragment.toArray().find((n) => n.nodeName === 'table');
    if (table) { const cell = table.get(1).get(1).get(0).get(0); cell.insert(0, 'cella cambiata '); }
    for (let i = 0; i < Math.max(1, Math.round(edits / 6)); i++) fragment.insert(fragment.length, [paragraph(`Paragrafo aggiunto ${i + 1}.`)]);
    // Paragraph 3 (after the heading) is not among the edited ones: a pure move.
    const moved = fragment.get(3).clone();
    fragment.delete(3, 1);
    fragment.insert(fragment.length, [moved]);
  });
}

const app = await startApp();
try {
  const api = client(app.base);
  await api.gql('mutation { login(email: "tecnico@condivisa.example", password: "Condivisa-Demo-2025!") { id } }');
  async function prepare(pages, edits) {
    const { createModel } = await api.gql('mutation($s: ID!, $t: String!) { createModel(spaceId: $s, title: $t) { id documentId } }', { s: CASA, t: `Modello di prova ${pages} pagine` });
    const live = await openLive(app.port, api, createModel.documentId);
    writePages(live.doc, pages);
    await sleep(300);
    const v1 = (await api.gql('mutation($m: ID!) { consolidateModelVersion(modelId: $m, changelog: "Prima") { id } }', { m: createModel.id })).consolidateModelVersion.id;
    change(live.doc, edits);
    await sleep(300);
    const v2 = (await api.gql('mutation($m: ID!) { consolidateModelVersion(modelId: $m, changelog: "Seconda") { id } }', { m: createModel.id })).consolidateModelVersion.id;
    live.provider.destroy();
    return { v1, v2 };
  }
  const small = await prepare(1, 2);
  const large = await prepare(100, 30);
  const measure = async ({ v1, v2 }) => {
    const times = [];
    let last;
    for (let i = 0; i < RUNS + 1; i++) {
      const t = await timed(() => api.gql(DIFF, { f: v1, t: v2 }));
      if (i > 0) times.push(t.ms); // the first call warms up
      last = t.r.modelVersionDiff;
    }
    return { ms: median(times), runs: times, summary: last.summary, blocks: last.changes.length };
  };
  const base = await measure(small);
  const big = await measure(large);
  const row = (name, r) => `| ${name} | ${r.blocks} | ${r.summary.changed} / ${r.summary.added} / ${r.summary.removed} / ${r.summary.moved} | ${Math.round(r.ms)} | ${r.runs.map((x) => Math.round(x)).join(', ')} |`;
  const report = [
    `## Model version diff ${new Date().toISOString()} — ${machine()}`,
    '',
    `\`npm run bench:models\` (tests/bench/model-diff.mjs): the built app on its embedded PostgreSQL; \`modelVersionDiff\` round trip between two consolidated versions, median of ${RUNS} calls after one warm-up.`,
    '',
    '| model | blocks compared | changed / added / removed / moved | median ms | runs ms |',
    '| --- | --- | --- | --- | --- |',
    row('1 page (baseline)', base),
    row('~100 pages', big),
    '',
    `Ratio 100 pages / 1 page: ${(big.ms / base.ms).toFixed(1)}×.`,
    '',
  ].join('\n');
  appendFileSync(join(ROOT, 'tests/bench/RESULTS.md'), `${report}\n`);
  console.log(report);
} finally {
  await app.stop();
}
