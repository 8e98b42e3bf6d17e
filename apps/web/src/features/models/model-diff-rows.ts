import type { BlockChange, BlockChangeKind } from './model-types';

/** A run of text in a compared block: kept (null), or removed / added by the change. */
export interface DiffPart {
  text: string;
  mark: 'removed' | 'added' | null;
}

/** One side (before or after) of a row of the side-by-side view. */
export interface DiffSide {
  place: string | null;
  parts: DiffPart[];
}

/** A row of the side-by-side view: one change, with what it was (left) and what it is (right). */
export interface DiffRow {
  kind: BlockChangeKind;
  /** null: the block is not on that side (added: nothing before; removed: nothing after). */
  before: DiffSide | null;
  after: DiffSide | null;
}

/** The value of the "A" select that stands for the working draft. */
export const DRAFT = '';

const plain = (text: string | null): DiffPart[] => [{ text: text ?? '', mark: null }];
const marked = (text: string | null, mark: 'removed' | 'added'): DiffPart[] => [{ text: text ?? '', mark }];

/** Adjacent parts with the same mark become one (fewer <ins>/<del> for a screen reader to announce). */
function merge(parts: DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = [];
  for (const part of parts) {
    if (!part.text) continue;
    const last = merged[merged.length - 1];
    if (last && last.mark === part.mark) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}

/**
 * The side-by-side view: one row per change, so a block and what became of it sit on the same
 * line. A changed block keeps its words on both sides, the removed ones on the left and the added
 * ones on the right; an added block has no left side, a removed one no right side; a moved block
 * shows its old and new place.
 */
export function sideBySideRows(changes: readonly BlockChange[]): DiffRow[] {
  return changes.map((change): DiffRow => {
    const before = (parts: DiffPart[]): DiffSide => ({ place: change.beforePlace, parts });
    const after = (parts: DiffPart[]): DiffSide => ({ place: change.afterPlace, parts });
    switch (change.kind) {
      case 'added':
        return { kind: 'added', before: null, after: after(marked(change.afterText, 'added')) };
      case 'removed':
        return { kind: 'removed', before: before(marked(change.beforeText, 'removed')), after: null };
      case 'changed':
        if (change.words.length === 0) {
          return { kind: 'changed', before: before(marked(change.beforeText, 'removed')), after: after(marked(change.afterText, 'added')) };
        }
        return {
          kind: 'changed',
          before: before(merge(change.words.filter((w) => w.kind !== 'added').map((w) => ({ text: w.text, mark: w.kind === 'removed' ? 'removed' : null })))),
          after: after(merge(change.words.filter((w) => w.kind !== 'removed').map((w) => ({ text: w.text, mark: w.kind === 'added' ? 'added' : null })))),
        };
      default:
        return { kind: change.kind, before: before(plain(change.beforeText)), after: after(plain(change.afterText)) };
    }
  });
}

/**
 * The inline view of one change: the block as it reads now, with the removed words (struck) and
 * the added ones (underlined) in their place.
 */
export function inlineParts(change: BlockChange): DiffPart[] {
  switch (change.kind) {
    case 'added':
      return marked(change.afterText, 'added');
    case 'removed':
      return marked(change.beforeText, 'removed');
    case 'changed':
      return change.words.length === 0
        ? [...marked(change.beforeText, 'removed'), ...marked(change.afterText, 'added')]
        : merge(change.words.map((w) => ({ text: w.text, mark: w.kind === 'same' ? null : w.kind })));
    default:
      return plain(change.afterText ?? change.beforeText);
  }
}

/** "Mostra solo le modifiche": every block that is not the same on both sides. */
export function onlyChanges<T extends { kind: BlockChangeKind }>(changes: readonly T[], only: boolean): T[] {
  return only ? changes.filter((c) => c.kind !== 'same') : [...changes];
}

/**
 * The pair the comparison starts from, for versions listed newest first: the last two versions,
 * or the only version against the working draft; null without versions.
 */
export function defaultComparison(versions: readonly { id: string }[]): { from: string; to: string } | null {
  const [latest, previous] = versions;
  if (!latest) return null;
  return previous ? { from: previous.id, to: latest.id } : { from: latest.id, to: DRAFT };
}
