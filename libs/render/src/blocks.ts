import * as Y from 'yjs';

/**
 * A neutral tree of a document's content, independent of the editor and of the output format.
 * documentBlocks reads it from the editor's Yjs document; callers may also compose it by hand
 * (attendance lists, decisions...) with the small builders at the bottom of this file.
 */

/** Formatting of a run of text. A link's href is kept as written: renderers keep only safe ones. */
export type Marks = { bold?: true; italic?: true; strike?: true; underline?: true; code?: true; link?: string };

/** A run of text with the same marks. A hard line break is a '\n' inside the text. */
export type Inline = { text: string; marks: Marks };

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export type TableCell = { header: boolean; colspan?: number; rowspan?: number; blocks: Block[] };
export type TableRow = { cells: TableCell[] };

export type Block =
  | { type: 'heading'; level: HeadingLevel; inlines: Inline[] }
  | { type: 'paragraph'; inlines: Inline[] }
  /** Each item is the blocks of one list item (a nested list is a block of its item). */
  | { type: 'list'; ordered: boolean; start?: number; items: Block[][] }
  | { type: 'table'; rows: TableRow[] }
  | { type: 'blockquote'; blocks: Block[] }
  | { type: 'code'; text: string }
  | { type: 'rule' };

/** What a document is exported as: the renderers add the title page matter and the footer. */
export type ExportDocument = {
  title: string;
  subtitle?: string;
  /** Shown under the title as "Label: value" lines. */
  meta: { label: string; value: string }[];
  body: Block[];
  /** Shown in every page's footer, next to the page number. */
  footer?: string;
};

/** The field TipTap's Collaboration extension binds to (EDITOR_FIELD of @condivisa/collab). */
export const EDITOR_FIELD = 'default';

type YNode = Y.XmlElement | Y.XmlText;

const MARKS = ['bold', 'italic', 'strike', 'underline', 'code'] as const;
// Characters XML 1.0 forbids (DOCX would be unreadable) and that no document needs.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function cleanText(text: string): string {
  return text.replace(FORBIDDEN_CHARS, '');
}

function marksOf(attributes: Record<string, unknown> | undefined): Marks {
  const marks: Marks = {};
  for (const [key, value] of Object.entries(attributes ?? {})) {
    // y-prosemirror keys marks that may overlap as "name--hash".
    const name = key.split('--')[0];
    if ((MARKS as readonly string[]).includes(name ?? '')) marks[name as (typeof MARKS)[number]] = true;
    if (name === 'link' && value && typeof (value as { href?: unknown }).href === 'string') marks.link = (value as { href: string }).href;
  }
  return marks;
}

const sameMarks = (a: Marks, b: Marks) =>
  a.bold === b.bold && a.italic === b.italic && a.strike === b.strike && a.underline === b.underline && a.code === b.code && a.link === b.link;

/** Joins neighbouring runs with the same marks and drops empty ones, so equal content gives equal inlines. */
export function normalizeInlines(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    if (!inline.text) continue;
    const last = out[out.length - 1];
    if (last && sameMarks(last.marks, inline.marks)) last.text += inline.text;
    else out.push({ text: inline.text, marks: { ...inline.marks } });
  }
  return out;
}

function plainText(node: YNode): string {
  if (node instanceof Y.XmlText) return inlinesOf([node]).map((i) => i.text).join('');
  if (node.nodeName === 'hardBreak') return '\n';
  return node.toArray().map((child) => plainText(child as YNode)).join('');
}

function inlinesOf(nodes: YNode[]): Inline[] {
  const inlines: Inline[] = [];
  for (const node of nodes) {
    if (node instanceof Y.XmlText) {
      for (const op of node.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
        if (typeof op.insert === 'string') inlines.push({ text: cleanText(op.insert), marks: marksOf(op.attributes) });
      }
    } else {
      // hardBreak, or an inline node we do not know (mention, image...): its text, unformatted.
      inlines.push({ text: plainText(node), marks: {} });
    }
  }
  return normalizeInlines(inlines);
}

const childrenOf = (node: Y.XmlElement | Y.XmlFragment) => node.toArray() as YNode[];

function intAttr(node: Y.XmlElement, name: string): number | undefined {
  const value = Number(node.getAttribute(name) as unknown);
  return Number.isInteger(value) ? value : undefined;
}

function blocksOf(nodes: YNode[]): Block[] {
  return nodes.flatMap(blockOf);
}

function blockOf(node: YNode): Block[] {
  if (node instanceof Y.XmlText) {
    const inlines = inlinesOf([node]);
    return inlines.length ? [{ type: 'paragraph', inlines }] : [];
  }
  const children = childrenOf(node);
  switch (node.nodeName) {
    case 'paragraph':
      return [{ type: 'paragraph', inlines: inlinesOf(children) }];
    case 'heading': {
      const level = Math.min(6, Math.max(1, intAttr(node, 'level') ?? 1)) as HeadingLevel;
      return [{ type: 'heading', level, inlines: inlinesOf(children) }];
    }
    case 'bulletList':
    case 'orderedList': {
      const ordered = node.nodeName === 'orderedList';
      const start = ordered ? intAttr(node, 'start') : undefined;
      const items = children.map((item) => (item instanceof Y.XmlElement && item.nodeName === 'listItem' ? blocksOf(childrenOf(item)) : blockOf(item)));
      return [{ type: 'list', ordered, ...(start !== undefined && start !== 1 ? { start } : {}), items }];
    }
    case 'table':
      return [{ type: 'table', rows: children.map(tableRow).filter((row) => row.cells.length > 0) }];
    case 'blockquote':
      return [{ type: 'blockquote', blocks: blocksOf(children) }];
    case 'codeBlock':
      return [{ type: 'code', text: cleanText(plainText(node)) }];
    case 'horizontalRule':
      return [{ type: 'rule' }];
    default: {
      // Unknown: a container of blocks gives its blocks, anything else its text as a paragraph.
      if (children.length > 0 && children.every((child) => child instanceof Y.XmlElement && child.nodeName !== 'hardBreak')) {
        return blocksOf(children);
      }
      const inlines = inlinesOf(children);
      return inlines.length ? [{ type: 'paragraph', inlines }] : [];
    }
  }
}

function tableRow(node: YNode): TableRow {
  const cells = node instanceof Y.XmlElement ? childrenOf(node) : [node];
  return {
    cells: cells.map((cell) => {
      if (!(cell instanceof Y.XmlElement)) return { header: false, blocks: blockOf(cell) };
      const colspan = intAttr(cell, 'colspan');
      const rowspan = intAttr(cell, 'rowspan');
      return {
        header: cell.nodeName === 'tableHeader',
        ...(colspan && colspan > 1 ? { colspan } : {}),
        ...(rowspan && rowspan > 1 ? { rowspan } : {}),
        blocks: ['tableCell', 'tableHeader'].includes(cell.nodeName) ? blocksOf(childrenOf(cell)) : blockOf(cell),
      };
    }),
  };
}

const isEmptyParagraph = (block: Block | undefined) => block?.type === 'paragraph' && block.inlines.length === 0;

/**
 * The editor's content as blocks. Unknown nodes degrade to their text (never throws on content);
 * the empty paragraphs the editor keeps at the end of the document are dropped.
 */
export function documentBlocks(doc: Y.Doc, field = EDITOR_FIELD): Block[] {
  const blocks = blocksOf(childrenOf(doc.getXmlFragment(field)));
  while (isEmptyParagraph(blocks[blocks.length - 1])) blocks.pop();
  return blocks;
}

export const inlinesText = (inlines: Inline[]) => inlines.map((inline) => inline.text).join('');

function blockLines(block: Block): string[] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return [inlinesText(block.inlines)];
    case 'list':
      return block.items.flatMap((item) => item.flatMap(blockLines));
    case 'table':
      return block.rows.map((row) => row.cells.map((cell) => cell.blocks.flatMap(blockLines).join(' ')).join(' | '));
    case 'blockquote':
      return block.blocks.flatMap(blockLines);
    case 'code':
      return [block.text];
    case 'rule':
      return [];
  }
}

/** Plain text, one line per block (a table row is a line, its cells separated by " | "). */
export function blocksText(blocks: Block[]): string {
  return blocks.flatMap(blockLines).join('\n');
}

/** The href if it is http(s) or mailto, else undefined: renderers keep the text and drop the link. */
export function safeHref(href: string | undefined): string | undefined {
  const trimmed = href?.trim();
  return trimmed && /^(https?:\/\/|mailto:)/i.test(trimmed) && !/[\s\p{Cc}]/u.test(trimmed) ? trimmed : undefined;
}

/** A cell of a table laid out on a grid: where it starts and how many columns and rows it covers. */
export type GridCell = { cell: TableCell; row: number; col: number; colspan: number; rowspan: number };

/**
 * Lays a table out on a rectangular grid, as HTML does with colspan and rowspan. `slots[r][c]` is
 * the cell covering that slot, or null if no cell does (short rows).
 */
export function tableGrid(rows: TableRow[]): { columns: number; cells: GridCell[]; slots: (GridCell | null)[][] } {
  const slots: (GridCell | null)[][] = rows.map(() => []);
  const cells: GridCell[] = [];
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row.cells) {
      while (slots[r]![col]) col++;
      const colspan = Math.max(1, cell.colspan ?? 1);
      const rowspan = Math.max(1, Math.min(cell.rowspan ?? 1, rows.length - r));
      const placed: GridCell = { cell, row: r, col, colspan, rowspan };
      cells.push(placed);
      for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < colspan; dc++) slots[r + dr]![col + dc] = placed;
      col += colspan;
    }
  });
  const columns = Math.max(1, ...slots.map((row) => row.length));
  for (const row of slots) for (let c = 0; c < columns; c++) row[c] ??= null;
  return { columns, cells, slots };
}

/** Whether the first row is a header row (all its cells are headers): shown as such and repeated on each page. */
export const hasHeaderRow = (rows: TableRow[]) => (rows[0]?.cells.length ?? 0) > 0 && rows[0]!.cells.every((cell) => cell.header);

// Builders for the sections callers compose (attendance lists, decisions...).

export const text = (value: string, marks: Marks = {}): Inline => ({ text: value, marks });
export const paragraph = (...inlines: (Inline | string)[]): Block => ({
  type: 'paragraph',
  inlines: normalizeInlines(inlines.map((i) => (typeof i === 'string' ? text(i) : i))),
});
export const heading = (level: HeadingLevel, value: string): Block => ({ type: 'heading', level, inlines: normalizeInlines([text(value)]) });
export const list = (items: (string | Block[])[], ordered = false): Block => ({
  type: 'list',
  ordered,
  items: items.map((item) => (typeof item === 'string' ? [paragraph(item)] : item)),
});
/** A table of plain texts; `header` (if given) becomes a header row. */
export const table = (header: string[] | null, rows: string[][]): Block => ({
  type: 'table',
  rows: [
    ...(header ? [{ cells: header.map((value) => ({ header: true, blocks: [paragraph(value)] })) }] : []),
    ...rows.map((row) => ({ cells: row.map((value) => ({ header: false, blocks: [paragraph(value)] })) })),
  ],
});
