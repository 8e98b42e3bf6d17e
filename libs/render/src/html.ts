import { type Block, type Inline, hasHeaderRow, safeHref } from './blocks';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function inlineHtml({ text, marks }: Inline): string {
  let html = text.split('\n').map(escapeHtml).join('<br>');
  // Fixed nesting, innermost first: code, s, u, em, strong, then the link around everything.
  if (marks.code) html = `<code>${html}</code>`;
  if (marks.strike) html = `<s>${html}</s>`;
  if (marks.underline) html = `<u>${html}</u>`;
  if (marks.italic) html = `<em>${html}</em>`;
  if (marks.bold) html = `<strong>${html}</strong>`;
  const href = safeHref(marks.link);
  if (href) html = `<a href="${escapeHtml(href)}">${html}</a>`;
  return html;
}

const inlinesHtml = (inlines: Inline[]) => inlines.map(inlineHtml).join('');

const blocksHtml = (blocks: Block[]) => blocks.map(blockHtml).join('');

function blockHtml(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level}>${inlinesHtml(block.inlines)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${inlinesHtml(block.inlines)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const start = block.ordered && block.start !== undefined && block.start !== 1 ? ` start="${block.start}"` : '';
      return `<${tag}${start}>${block.items.map((item) => `<li>${blocksHtml(item)}</li>`).join('')}</${tag}>`;
    }
    case 'table': {
      const rowHtml = (row: (typeof block.rows)[number]) =>
        `<tr>${row.cells
          .map((cell) => {
            const tag = cell.header ? 'th' : 'td';
            const colspan = cell.colspan && cell.colspan > 1 ? ` colspan="${cell.colspan}"` : '';
            const rowspan = cell.rowspan && cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : '';
            return `<${tag}${colspan}${rowspan}>${blocksHtml(cell.blocks)}</${tag}>`;
          })
          .join('')}</tr>`;
      const [first, ...rest] = block.rows;
      if (!first) return '<table></table>';
      const head = hasHeaderRow(block.rows) ? `<thead>${rowHtml(first)}</thead>` : '';
      const body = (head ? rest : block.rows).map(rowHtml).join('');
      return `<table>${head}${body ? `<tbody>${body}</tbody>` : ''}</table>`;
    }
    case 'blockquote':
      return `<blockquote>${blocksHtml(block.blocks)}</blockquote>`;
    case 'code':
      return `<pre><code>${escapeHtml(block.text)}</code></pre>`;
    case 'rule':
      return '<hr>';
  }
}

/**
 * Canonical HTML of the blocks: the same blocks always give the same bytes (fixed tags, attribute
 * order and nesting; no styles, classes or ids), all text escaped, only http(s) and mailto links.
 * Top-level blocks are separated by a newline.
 */
export function renderHtml(blocks: Block[]): string {
  return blocks.map(blockHtml).join('\n');
}
