import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type Block, blocksText, documentBlocks, paragraph, safeHref, tableGrid, table } from './blocks';
import { editorDoc, sampleContent } from './testing/tiptap-fixture';

const para = (...inlines: [string, object?][]): Block => ({ type: 'paragraph', inlines: inlines.map(([text, marks = {}]) => ({ text, marks })) });

describe('documentBlocks', () => {
  it('reads the editor content as blocks', () => {
    expect(documentBlocks(editorDoc(sampleContent))).toEqual<Block[]>([
      { type: 'heading', level: 2, inlines: [{ text: 'Co-progettazione: àèéìòù €', marks: {} }] },
      para(['Il tavolo ha '], ['approvato', { bold: true }], [' il '], ['documento', { italic: true }], [' sul '], ['sito del Comune', { link: 'https://comune.example.it/atti' }]),
      para(['Prima riga\nseconda riga']),
      { type: 'heading', level: 3, inlines: [{ text: 'Obiettivi', marks: {} }] },
      {
        type: 'list',
        ordered: false,
        items: [
          [para(['Inclusione sociale']), { type: 'list', ordered: false, items: [[para(['Quartieri periferici'])]] }],
          [para(['Servizi per l’infanzia'])],
        ],
      },
      { type: 'heading', level: 4, inlines: [{ text: 'Fasi', marks: {} }] },
      { type: 'list', ordered: true, items: [[para(['Analisi dei bisogni'])], [para(['Progettazione condivisa'])]] },
      {
        type: 'table',
        rows: [
          { cells: [{ header: true, blocks: [para(['Ente'])] }, { header: true, blocks: [para(['Budget'])] }] },
          {
            cells: [
              { header: false, blocks: [para(['Cooperativa Sociale Àncora'])] },
              { header: false, blocks: [para(['12.500 €']), para(['di cui 2.000 € in natura'])] },
            ],
          },
        ],
      },
    ]);
  });

  it('keeps combined marks, list start, spans, quotes, code and rules', () => {
    const doc = editorDoc([
      { type: 'paragraph', content: [{ type: 'text', text: 'tutto', marks: [{ type: 'bold' }, { type: 'italic' }, { type: 'underline' }, { type: 'strike' }] }, { type: 'text', text: 'x()', marks: [{ type: 'code' }] }] },
      { type: 'orderedList', attrs: { start: 4 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'quarto' }] }] }] },
      { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'citazione' }] }] },
      { type: 'codeBlock', content: [{ type: 'text', text: 'a < b\n  c' }] },
      { type: 'horizontalRule' },
      { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 2, rowspan: 1 }, content: [{ type: 'paragraph' }] }] }] },
    ]);
    expect(documentBlocks(doc)).toEqual<Block[]>([
      para(['tutto', { bold: true, italic: true, underline: true, strike: true }], ['x()', { code: true }]),
      { type: 'list', ordered: true, start: 4, items: [[para(['quarto'])]] },
      { type: 'blockquote', blocks: [para(['citazione'])] },
      { type: 'code', text: 'a < b\n  c' },
      { type: 'rule' },
      { type: 'table', rows: [{ cells: [{ header: false, colspan: 2, blocks: [{ type: 'paragraph', inlines: [] }] }] }] },
    ]);
  });

  it('degrades unknown nodes to their text and never throws', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('default');
    const widget = new Y.XmlElement('widget');
    widget.insert(0, [new Y.XmlText('testo ignoto')]);
    const details = new Y.XmlElement('details');
    const inner = new Y.XmlElement('paragraph');
    inner.insert(0, [new Y.XmlText('dentro')]);
    details.insert(0, [inner]);
    const image = new Y.XmlElement('image');
    image.setAttribute('src', 'https://example.it/a.png');
    const heading = new Y.XmlElement('heading');
    heading.setAttribute('level', 'abc' as unknown as string);
    heading.insert(0, [new Y.XmlText('senza livello')]);
    fragment.insert(0, [widget, details, image, heading, new Y.XmlText('testo libero')]);
    expect(documentBlocks(doc)).toEqual<Block[]>([
      para(['testo ignoto']),
      para(['dentro']),
      { type: 'heading', level: 1, inlines: [{ text: 'senza livello', marks: {} }] },
      para(['testo libero']),
    ]);
    expect(documentBlocks(new Y.Doc())).toEqual([]);
    expect(documentBlocks(doc, 'altro')).toEqual([]);
  });
});

describe('blocksText', () => {
  it('gives one line per block, table rows with " | "', () => {
    expect(blocksText(documentBlocks(editorDoc(sampleContent)))).toBe(
      [
        'Co-progettazione: àèéìòù €',
        'Il tavolo ha approvato il documento sul sito del Comune',
        'Prima riga\nseconda riga',
        'Obiettivi',
        'Inclusione sociale',
        'Quartieri periferici',
        'Servizi per l’infanzia',
        'Fasi',
        'Analisi dei bisogni',
        'Progettazione condivisa',
        'Ente | Budget',
        'Cooperativa Sociale Àncora | 12.500 € di cui 2.000 € in natura',
      ].join('\n'),
    );
  });
});

describe('helpers', () => {
  it('keeps only http(s) and mailto links', () => {
    expect(safeHref('https://a.it/x?y=1')).toBe('https://a.it/x?y=1');
    expect(safeHref(' mailto:a@b.it ')).toBe('mailto:a@b.it');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('JAVASCRIPT:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,x')).toBeUndefined();
    expect(safeHref('/relativo')).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
  });

  it('lays spanning cells out on a grid', () => {
    const cell = (colspan?: number, rowspan?: number) => ({ header: false, colspan, rowspan, blocks: [] });
    const grid = tableGrid([{ cells: [cell(2), cell(1, 2)] }, { cells: [cell(), cell()] }, { cells: [cell()] }]);
    expect(grid.columns).toBe(3);
    expect(grid.slots.map((row) => row.map((slot) => (slot ? `${slot.row}${slot.col}` : '-')))).toEqual([
      ['00', '00', '02'],
      ['10', '11', '02'],
      ['20', '-', '-'],
    ]);
  });

  it('builds sections for callers', () => {
    expect(table(['Nome', 'Ente'], [['Anna', 'ETS']])).toEqual({
      type: 'table',
      rows: [
        { cells: [{ header: true, blocks: [paragraph('Nome')] }, { header: true, blocks: [paragraph('Ente')] }] },
        { cells: [{ header: false, blocks: [paragraph('Anna')] }, { header: false, blocks: [paragraph('ETS')] }] },
      ],
    });
  });
});
