import { extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { Block } from './blocks';
import { renderPdf } from './pdf';
import { sampleExport } from './testing/sample-export';

async function pdfText(buffer: Buffer): Promise<{ text: string; totalPages: number }> {
  return extractText(new Uint8Array(buffer), { mergePages: true });
}

describe('renderPdf', () => {
  it('writes the title, meta, body and footer with accented letters and €', async () => {
    const buffer = await renderPdf(sampleExport());
    expect(buffer.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, totalPages } = await pdfText(buffer);
    expect(totalPages).toBe(1);
    for (const expected of [
      'Verbale della seduta n. 3',
      'Tavolo di co-progettazione “Città inclusiva”',
      'Data: 12 marzo 2025',
      'Co-progettazione: àèéìòù €',
      'Obiettivi',
      'Fasi',
      'Il tavolo ha approvato il documento sul sito del Comune',
      'Prima riga\nseconda riga',
      'Inclusione sociale',
      'Quartieri periferici',
      'Servizi per l’infanzia',
      'Analisi dei bisogni',
      'Progettazione condivisa',
      'Ente Budget',
      'Cooperativa Sociale Àncora 12.500 €',
      'di cui 2.000 € in natura',
      'Łukasz Nowak Associazione Ștefan no',
      'Rinviata la voce di bilancio',
      'Condivisa — documento generato automaticamente',
      'Pagina 1 di 1',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('numbers the pages and gives the same bytes for the same date', async () => {
    const body: Block[] = Array.from({ length: 120 }, (_, i) => ({ type: 'paragraph', inlines: [{ text: `Paragrafo ${i + 1} è lungo.`, marks: {} }] }));
    const date = new Date('2025-03-12T10:00:00Z');
    const document = { title: 'Lungo', meta: [], body, footer: 'Piè di pagina' };
    const first = await renderPdf(document, { date });
    const { text, totalPages } = await pdfText(first);
    expect(totalPages).toBeGreaterThan(1);
    expect(text).toContain(`Pagina ${totalPages} di ${totalPages}`);
    expect(text.split('Piè di pagina').length - 1).toBe(totalPages);
    expect((await renderPdf(document, { date })).equals(first)).toBe(true);
  });

  it('writes quotes, code, rules, spanning cells and unsafe links without failing', async () => {
    const body: Block[] = [
      { type: 'blockquote', blocks: [{ type: 'paragraph', inlines: [{ text: 'citazione', marks: {} }] }] },
      { type: 'code', text: 'a < b\n  c' },
      { type: 'rule' },
      { type: 'table', rows: [] },
      { type: 'paragraph', inlines: [{ text: 'clic', marks: { link: 'javascript:alert(1)', underline: true, strike: true, code: true } }] },
      { type: 'list', ordered: true, start: 7, items: [[], [{ type: 'heading', level: 5, inlines: [{ text: 'voce', marks: {} }] }]] },
      {
        type: 'table',
        rows: [
          { cells: [{ header: false, colspan: 2, blocks: [{ type: 'paragraph', inlines: [{ text: 'unite', marks: {} }] }] }, { header: false, rowspan: 2, blocks: [] }] },
          { cells: [{ header: false, blocks: [] }] },
          { cells: [] },
        ],
      },
    ];
    const buffer = await renderPdf({ title: 'Varie', meta: [], body });
    const { text } = await pdfText(buffer);
    expect(text).toContain('citazione');
    expect(text).toContain('a < b');
    expect(text).toContain('unite');
    expect(buffer.toString('latin1')).not.toContain('javascript');
  });
});
