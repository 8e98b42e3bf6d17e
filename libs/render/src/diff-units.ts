import type { DiffUnit } from '@condivisa/domain';
import { type Block, blocksText, inlinesText } from './blocks';

/**
 * The comparable units of a document, in reading order, each with where it sits ("Tabella 2,
 * riga 3, colonna 1", "Elenco 1, punto 2"): paragraphs, headings, list items and table cells.
 */
export function diffUnits(blocks: readonly Block[]): DiffUnit[] {
  const units: DiffUnit[] = [];
  let tables = 0;
  let lists = 0;
  let section = '';
  const walk = (block: Block, where: string): void => {
    switch (block.type) {
      case 'heading':
        section = inlinesText(block.inlines);
        units.push({ kind: 'heading', place: `Titolo «${section}»`, text: section });
        return;
      case 'paragraph':
        units.push({ kind: 'paragraph', place: where || (section ? `Sezione «${section}»` : 'Testo'), text: inlinesText(block.inlines) });
        return;
      case 'list': {
        const n = ++lists;
        block.items.forEach((item, i) => {
          const place = `${where ? `${where}, ` : ''}Elenco ${n}, punto ${i + (block.start ?? 1)}`;
          units.push({ kind: 'listItem', place, text: blocksText(item.filter((b) => b.type !== 'list')) });
          item.filter((b) => b.type === 'list').forEach((nested) => walk(nested, place));
        });
        return;
      }
      case 'table': {
        const n = ++tables;
        block.rows.forEach((row, r) => row.cells.forEach((cell, c) => {
          units.push({ kind: 'tableCell', place: `Tabella ${n}, riga ${r + 1}, colonna ${c + 1}`, text: blocksText(cell.blocks) });
        }));
        return;
      }
      case 'blockquote':
        block.blocks.forEach((b) => walk(b, where));
        return;
      case 'code':
        units.push({ kind: 'code', place: where || 'Codice', text: block.text });
        return;
      case 'rule':
        return;
    }
  };
  blocks.forEach((b) => walk(b, ''));
  return units;
}
