import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Content, ContentText, Decoration, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { type Block, type ExportDocument, type Inline, hasHeaderRow, safeHref, tableGrid } from './blocks';

// pdfmake's main export is an instance whose methods live on its prototype: an ESM or bundler
// namespace import would lose them, so it is required as is.
const require = createRequire(import.meta.url);
const pdfmake = require('pdfmake') as typeof import('pdfmake');

// The Roboto that pdfmake ships (embedded and subset in each PDF: covers Latin accents, €, and
// Central-European names the standard PDF fonts cannot show). Read from node_modules, no network.
const FONT_DIR = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
pdfmake.setFonts({
  Roboto: {
    normal: join(FONT_DIR, 'Roboto-Regular.ttf'),
    bold: join(FONT_DIR, 'Roboto-Medium.ttf'),
    italics: join(FONT_DIR, 'Roboto-Italic.ttf'),
    bolditalics: join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => dirname(path) === FONT_DIR);

const MARGIN = 56; // about 2 cm
const A4_WIDTH = 595.28;
const TEXT_WIDTH = A4_WIDTH - 2 * MARGIN;
const HEADING_SIZES = [18, 15, 13, 11.5, 11, 10.5];
const GREY = '#999999';

export type PdfOptions = {
  /** Creation date written in the PDF's metadata: with a fixed date the same input gives the same bytes. */
  date?: Date;
};

function inlinesPdf(inlines: Inline[]): ContentText['text'] {
  if (inlines.length === 0) return ' ';
  return inlines.map(({ text, marks }) => {
    const decoration: Decoration[] = [];
    if (marks.underline) decoration.push('underline');
    if (marks.strike) decoration.push('lineThrough');
    const href = safeHref(marks.link);
    if (href && !marks.underline) decoration.push('underline');
    return {
      text,
      ...(marks.bold ? { bold: true } : {}),
      ...(marks.italic ? { italics: true } : {}),
      ...(decoration.length ? { decoration } : {}),
      ...(marks.code ? { background: '#eeeeee' } : {}),
      ...(href ? { link: href, color: '#0b5cad' } : {}),
    };
  });
}

const blocksPdf = (blocks: Block[]): Content[] => blocks.map(blockPdf);

/** A list item: its blocks stacked, without the space after the last one. */
function itemPdf(blocks: Block[]): Content {
  if (blocks.length === 0) return ' ';
  return { stack: blocksPdf(blocks), margin: [0, 0, 0, 2] };
}

function blockPdf(block: Block): Content {
  switch (block.type) {
    case 'heading':
      return { text: inlinesPdf(block.inlines), style: `h${block.level}`, headlineLevel: block.level };
    case 'paragraph':
      return { text: inlinesPdf(block.inlines), margin: [0, 0, 0, 6] };
    case 'list': {
      const items = block.items.map(itemPdf);
      return block.ordered
        ? { ol: items, ...(block.start !== undefined ? { start: block.start } : {}), margin: [0, 0, 0, 6] }
        : { ul: items, margin: [0, 0, 0, 6] };
    }
    case 'table': {
      if (block.rows.length === 0) return { stack: [] };
      const { columns, slots } = tableGrid(block.rows);
      // pdfmake wants every row full: a spanning cell followed by empty placeholders for the slots it covers.
      const body: TableCell[][] = slots.map((row, r) =>
        row.map((slot, c): TableCell => {
          if (!slot) return '';
          if (slot.row !== r || slot.col !== c) return {};
          return {
            stack: blocksPdf(slot.cell.blocks),
            ...(slot.colspan > 1 ? { colSpan: slot.colspan } : {}),
            ...(slot.rowspan > 1 ? { rowSpan: slot.rowspan } : {}),
            ...(slot.cell.header ? { bold: true, fillColor: '#eeeeee' } : {}),
          };
        }),
      );
      return {
        table: { headerRows: hasHeaderRow(block.rows) ? 1 : 0, widths: Array<'*'>(columns).fill('*'), body },
        layout: { hLineColor: () => GREY, vLineColor: () => GREY, hLineWidth: () => 0.5, vLineWidth: () => 0.5 },
        margin: [0, 2, 0, 8],
      };
    }
    case 'blockquote':
      return {
        table: { widths: ['*'], body: [[{ stack: blocksPdf(block.blocks), italics: true, color: '#444444' }]] },
        layout: { hLineWidth: () => 0, vLineWidth: (i) => (i === 0 ? 2 : 0), vLineColor: () => '#bbbbbb', paddingLeft: () => 10 },
        margin: [0, 0, 0, 6],
      };
    case 'code':
      return {
        table: { widths: ['*'], body: [[{ text: block.text || ' ', fontSize: 9, preserveLeadingSpaces: true }]] },
        layout: { hLineWidth: () => 0, vLineWidth: () => 0, fillColor: () => '#f3f3f3' },
        margin: [0, 0, 0, 6],
      };
    case 'rule':
      return { canvas: [{ type: 'line', x1: 0, y1: 0, x2: TEXT_WIDTH, y2: 0, lineWidth: 0.5, lineColor: GREY }], margin: [0, 4, 0, 10] };
  }
}

/** The document as PDF (A4): title, meta lines, body, and "footer — Pagina X di Y" on every page. */
export async function renderPdf(doc: ExportDocument, options: PdfOptions = {}): Promise<Buffer> {
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN + 8],
    language: 'it-IT',
    info: {
      title: doc.title,
      ...(doc.subtitle ? { subject: doc.subtitle } : {}),
      creator: 'Condivisa',
      producer: 'Condivisa',
      ...(options.date ? { creationDate: options.date, modDate: options.date } : {}),
    },
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 13, italics: true, color: '#555555', margin: [0, 0, 0, 8] },
      meta: { fontSize: 10, margin: [0, 0, 0, 2] },
      ...Object.fromEntries(HEADING_SIZES.map((fontSize, i) => [`h${i + 1}`, { fontSize, bold: true, margin: [0, 10 - i, 0, 4] }])),
    },
    content: [
      { text: doc.title, style: 'title' },
      ...(doc.subtitle ? [{ text: doc.subtitle, style: 'subtitle' }] : []),
      ...doc.meta.map((item): Content => ({ text: [{ text: `${item.label}: `, bold: true }, item.value], style: 'meta' })),
      ...(doc.meta.length ? [{ text: ' ', margin: [0, 0, 0, 6] } as Content] : []),
      ...blocksPdf(doc.body),
    ],
    footer: (currentPage, pageCount) => ({
      columns: [
        { text: doc.footer ?? '', width: '*' },
        { text: `Pagina ${currentPage} di ${pageCount}`, width: 'auto', alignment: 'right' },
      ],
      columnGap: 12,
      fontSize: 8,
      color: '#555555',
      margin: [MARGIN, 16, MARGIN, 0],
    }),
  };
  return pdfmake.createPdf(definition).getBuffer();
}
