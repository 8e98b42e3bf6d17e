import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LevelFormat,
  type NumberingDefinition,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { type Block, type ExportDocument, type Inline, cleanText, hasHeaderRow, safeHref, tableGrid } from './blocks';

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;
/** A4 (11906 twips) less two 2 cm margins. */
const TEXT_WIDTH = 11906 - 2 * 1134;
const INDENT = 360;
const BULLETS = ['•', '◦', '▪'];
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '999999' } as const;

/** Where a block is written: list depth, left indent (twips), inside a quote, bold (header cells), width available. */
type Context = { depth: number; indent: number; quote: boolean; bold: boolean; width: number };
const TOP: Context = { depth: -1, indent: 0, quote: false, bold: false, width: TEXT_WIDTH };

/** Collects the numbering each list needs while the body is written: one instance per list, one definition per start. */
class Lists {
  private starts = new Set<number>();
  private instances = 0;

  next(ordered: boolean, start = 1) {
    if (ordered) this.starts.add(start);
    return { reference: ordered ? `ordered-${start}` : 'bullet', instance: ++this.instances };
  }

  definitions(): NumberingDefinition[] {
    const levels = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (level: number) => string, start = 1) =>
      Array.from({ length: 9 }, (_, level) => ({
        level,
        format,
        text: text(level),
        start,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: INDENT * 2 * (level + 1), hanging: INDENT } } },
      }));
    return [
      { reference: 'bullet', levels: levels(LevelFormat.BULLET, (level) => BULLETS[level % BULLETS.length]!) },
      ...[...this.starts].map((start) => ({
        reference: `ordered-${start}`,
        levels: levels(LevelFormat.DECIMAL, (level) => `%${level + 1}.`, start),
      })),
    ];
  }
}

function runs(inlines: Inline[], ctx: Context): ParagraphChild[] {
  return inlines.map(({ text, marks }) => {
    const lines = cleanText(text).split('\n');
    const href = safeHref(marks.link);
    const textRuns = lines.map(
      (line, i) =>
        new TextRun({
          text: line,
          break: i > 0 ? 1 : 0,
          bold: marks.bold || ctx.bold,
          italics: marks.italic || ctx.quote,
          strike: marks.strike,
          ...(marks.underline ? { underline: {} } : {}),
          ...(marks.code ? { font: 'Courier New', shading: { fill: 'F1F1F1' } } : {}),
          ...(href ? { style: 'Hyperlink' } : {}),
        }),
    );
    return href ? new ExternalHyperlink({ link: href, children: textRuns }) : textRuns;
  }).flat();
}

function paragraphOptions(ctx: Context) {
  return {
    ...(ctx.indent ? { indent: { left: ctx.indent } } : {}),
    ...(ctx.quote ? { border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'AAAAAA', space: 8 } } } : {}),
  };
}

function blocksDocx(blocks: Block[], ctx: Context, lists: Lists): (Paragraph | Table)[] {
  return blocks.flatMap((block) => blockDocx(block, ctx, lists));
}

function blockDocx(block: Block, ctx: Context, lists: Lists): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level - 1], children: runs(block.inlines, ctx), ...paragraphOptions(ctx) })];
    case 'paragraph':
      return [new Paragraph({ children: runs(block.inlines, ctx), ...paragraphOptions(ctx) })];
    case 'list': {
      const { reference, instance } = lists.next(block.ordered, block.start);
      const depth = Math.min(ctx.depth + 1, 8);
      const inner = { ...ctx, depth, indent: INDENT * 2 * (depth + 1) };
      return block.items.flatMap((item) => {
        const [first, ...rest] = item;
        const numbering = { reference, instance, level: depth };
        // The item's first paragraph (or heading) carries the bullet or number; the rest are indented under it.
        const head =
          first?.type === 'paragraph' || first?.type === 'heading'
            ? [
                new Paragraph({
                  ...(first.type === 'heading' ? { heading: HEADINGS[first.level - 1] } : {}),
                  children: runs(first.inlines, ctx),
                  numbering,
                  ...(ctx.quote ? paragraphOptions({ ...ctx, indent: 0 }) : {}),
                }),
              ]
            : [new Paragraph({ numbering, children: [] }), ...(first ? blockDocx(first, inner, lists) : [])];
        return [...head, ...blocksDocx(rest, inner, lists)];
      });
    }
    case 'table':
      return block.rows.length ? [tableDocx(block.rows, ctx, lists)] : [];
    case 'blockquote':
      return blocksDocx(block.blocks, { ...ctx, quote: true, indent: ctx.indent + INDENT }, lists);
    case 'code':
      return [
        new Paragraph({
          shading: { fill: 'F1F1F1' },
          ...paragraphOptions(ctx),
          children: cleanText(block.text)
            .split('\n')
            .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, font: 'Courier New', size: 18 })),
        }),
      ];
    case 'rule':
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } }, children: [] })];
  }
}

function tableDocx(rows: Extract<Block, { type: 'table' }>['rows'], ctx: Context, lists: Lists): Table {
  const { columns } = tableGrid(rows);
  const width = Math.max(ctx.width - ctx.indent, 1000);
  const column = Math.floor(width / columns);
  const header = hasHeaderRow(rows);
  return new Table({
    width: { size: column * columns, type: WidthType.DXA },
    columnWidths: Array<number>(columns).fill(column),
    ...(ctx.indent ? { indent: { size: ctx.indent, type: WidthType.DXA } } : {}),
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: rows.map(
      (row, r) =>
        new TableRow({
          ...(header && r === 0 ? { tableHeader: true } : {}),
          // Word refuses a row without cells.
          children: (row.cells.length ? row.cells : [{ header: false, colspan: columns, blocks: [] }]).map((cell) => {
            const span = Math.max(1, cell.colspan ?? 1);
            const cellCtx: Context = { ...TOP, bold: cell.header, width: column * span - 200 };
            const children = blocksDocx(cell.blocks, cellCtx, lists);
            return new TableCell({
              width: { size: column * span, type: WidthType.DXA },
              ...(span > 1 ? { columnSpan: span } : {}),
              ...(cell.rowspan && cell.rowspan > 1 ? { rowSpan: cell.rowspan } : {}),
              ...(cell.header ? { shading: { fill: 'EEEEEE' } } : {}),
              margins: { top: 60, bottom: 60, left: 100, right: 100 },
              // A cell must end with a paragraph.
              children: children.at(-1) instanceof Paragraph ? children : [...children, new Paragraph({ children: [] })],
            });
          }),
        }),
    ),
  });
}

/** The document as DOCX (Word): title, meta lines, body, and a footer with the page number. */
export async function renderDocx(doc: ExportDocument): Promise<Buffer> {
  const lists = new Lists();
  const small = { size: 16, color: '555555' };
  const body = blocksDocx(doc.body, TOP, lists);
  const document = new Document({
    title: doc.title,
    ...(doc.subtitle ? { subject: doc.subtitle } : {}),
    creator: 'Condivisa',
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'it-IT' } } } } },
    numbering: { config: lists.definitions() },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: {
          default: new Footer({
            children: [
              ...(doc.footer ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: cleanText(doc.footer), ...small })] })] : []),
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['Pagina ', PageNumber.CURRENT, ' di ', PageNumber.TOTAL_PAGES], ...small })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(cleanText(doc.title))] }),
          ...(doc.subtitle ? [new Paragraph({ children: [new TextRun({ text: cleanText(doc.subtitle), size: 28, italics: true, color: '555555' })] })] : []),
          ...doc.meta.map(
            (item) =>
              new Paragraph({
                children: [new TextRun({ text: `${cleanText(item.label)}: `, bold: true }), ...runs([{ text: item.value, marks: {} }], TOP)],
              }),
          ),
          ...(doc.meta.length ? [new Paragraph({ children: [] })] : []),
          ...body,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
