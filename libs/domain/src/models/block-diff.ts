import { diffArrays, diffWordsWithSpace } from 'diff';

/** One comparable unit of a document: a paragraph, heading, list item or table cell, with where it sits. */
export interface DiffUnit {
  kind: 'heading' | 'paragraph' | 'listItem' | 'tableCell' | 'code' | 'other';
  /** Where it sits, for people: "Tabella 2, riga 3, colonna 1", "Elenco 1, punto 2"… */
  place: string;
  text: string;
}

export interface WordChange {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export type BlockChange =
  | { kind: 'same'; before: DiffUnit; after: DiffUnit }
  | { kind: 'added'; after: DiffUnit }
  | { kind: 'removed'; before: DiffUnit }
  | { kind: 'changed'; before: DiffUnit; after: DiffUnit; words: WordChange[] }
  | { kind: 'moved'; before: DiffUnit; after: DiffUnit };

const words = (s: string) => new Set(s.toLocaleLowerCase('it').split(/[\s\p{P}]+/u).filter(Boolean));

/** Share of words in common (Jaccard): how alike two blocks are. */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 && wb.size === 0) return 1;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / (wa.size + wb.size - common);
}

const key = (u: DiffUnit) => `${u.kind}\u0000${u.text}`;

/**
 * A readable block-level diff: units kept, added, removed; a removed and an added unit of the same
 * kind that are alike (≥ 40 % of words in common) become one "changed" unit with word-level
 * changes inside; a unit removed in one place and added unchanged in another is "moved".
 * Myers' algorithm (the `diff` package) over whole units, then over words.
 */
export function diffBlocks(before: readonly DiffUnit[], after: readonly DiffUnit[]): BlockChange[] {
  const parts = diffArrays(before.map(key), after.map(key));
  const changes: BlockChange[] = [];
  let i = 0;
  let j = 0;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    if (!part.added && !part.removed) {
      for (let k = 0; k < part.count!; k++) changes.push({ kind: 'same', before: before[i++]!, after: after[j++]! });
      continue;
    }
    // A run of removals and additions: pair up the alike ones in order.
    const removed: DiffUnit[] = [];
    const added: DiffUnit[] = [];
    while (p < parts.length && (parts[p]!.added || parts[p]!.removed)) {
      const run = parts[p]!;
      for (let k = 0; k < run.count!; k++) (run.removed ? removed : added).push(run.removed ? before[i++]! : after[j++]!);
      p++;
    }
    p--;
    let a = 0;
    for (const r of removed) {
      const match = added.findIndex((x, idx) => idx >= a && x.kind === r.kind && similarity(x.text, r.text) >= 0.4);
      if (match === -1) {
        changes.push({ kind: 'removed', before: r });
        continue;
      }
      for (; a < match; a++) changes.push({ kind: 'added', after: added[a]! });
      const x = added[a++]!;
      changes.push({ kind: 'changed', before: r, after: x, words: wordChanges(r.text, x.text) });
    }
    for (; a < added.length; a++) changes.push({ kind: 'added', after: added[a]! });
  }
  return markMoves(changes);
}

/** A removal and an addition with the same text, far apart, are one unit that moved. */
function markMoves(changes: BlockChange[]): BlockChange[] {
  const addedAt = new Map<string, number[]>();
  changes.forEach((c, idx) => {
    if (c.kind === 'added' && c.after.text.trim()) addedAt.set(key(c.after), [...(addedAt.get(key(c.after)) ?? []), idx]);
  });
  const drop = new Set<number>();
  const result = changes.map((c) => {
    if (c.kind !== 'removed' || !c.before.text.trim()) return c;
    const candidates = addedAt.get(key(c.before));
    const target = candidates?.find((t) => !drop.has(t));
    if (target === undefined) return c;
    drop.add(target);
    const added = changes[target] as Extract<BlockChange, { kind: 'added' }>;
    return { kind: 'moved' as const, before: c.before, after: added.after };
  });
  return result.filter((_, idx) => !drop.has(idx));
}

export function wordChanges(before: string, after: string): WordChange[] {
  return diffWordsWithSpace(before, after).map((part) => ({ kind: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value }));
}

export interface DiffSummary {
  added: number;
  removed: number;
  changed: number;
  moved: number;
}

export function summarizeDiff(changes: readonly BlockChange[]): DiffSummary {
  const count = (kind: BlockChange['kind']) => changes.filter((c) => c.kind === kind).length;
  return { added: count('added'), removed: count('removed'), changed: count('changed'), moved: count('moved') };
}
