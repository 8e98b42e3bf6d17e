import { describe, expect, it } from 'vitest';
import { type Block, documentBlocks, heading, list, paragraph, table, text } from './blocks';
import { renderDocx } from './docx';
import { renderHtml } from './html';
import { renderPdf } from './pdf';
import { editorDoc, sampleContent } from './testing/tiptap-fixture';

const LOREM =
  'Le parti convengono di proseguire la co-progettazione del servizio, verificando a cadenza trimestrale i risultati ' +
  'raggiunti, la spesa sostenuta (in €) e la qualità percepita dagli utenti, con particolare attenzione all’inclusione.';

/** About fifty A4 pages: 600 paragraphs, 20 tables of 8 rows, headings and lists. */
function bigBody(): Block[] {
  const body: Block[] = [...documentBlocks(editorDoc(sampleContent))];
  for (let section = 0; section < 20; section++) {
    body.push(heading(2, `Sezione ${section + 1}`));
    for (let i = 0; i < 30; i++) body.push(paragraph(text(`${section * 30 + i + 1}. `, { bold: true }), LOREM));
    body.push(table(['Ente', 'Ruolo', 'Importo'], Array.from({ length: 8 }, (_, r) => [`Ente n. ${r + 1} – àèéìòù`, 'Partner', `${(r + 1) * 1000} €`])));
    body.push(list(['Prima azione', 'Seconda azione', 'Terza azione'], section % 2 === 0));
  }
  return body;
}

const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;

describe('a long document', () => {
  it('renders to HTML, DOCX and PDF', { timeout: 120_000 }, async () => {
    const document = { title: 'Documento lungo', subtitle: 'Prova di carico', meta: [{ label: 'Versione', value: '3' }], body: bigBody(), footer: 'Condivisa' };
    const time = async <T>(run: () => T | Promise<T>): Promise<[T, number]> => {
      const start = performance.now();
      const result = await run();
      return [result, Math.round(performance.now() - start)];
    };
    const [html, htmlMs] = await time(() => renderHtml(document.body));
    const [docx, docxMs] = await time(() => renderDocx(document));
    const [pdf, pdfMs] = await time(() => renderPdf(document));
    console.log(`long document (${document.body.length} blocks): html ${htmlMs} ms (${html.length} chars), docx ${docxMs} ms (${docx.length} bytes), pdf ${pdfMs} ms (${pdf.length} bytes, ${pdfPages(pdf)} pages)`);
    expect(html.length).toBeGreaterThan(100_000);
    expect(docx.length).toBeGreaterThan(10_000);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
