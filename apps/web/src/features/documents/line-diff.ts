/** One line of a side of the comparison: `changed` is true when the other side does not have it. */
export interface DiffLine {
  text: string;
  changed: boolean;
}

export interface LineDiff {
  /** The lines of the old text; `changed` marks those removed. */
  before: DiffLine[];
  /** The lines of the new text; `changed` marks those added. */
  after: DiffLine[];
}

/**
 * Line-level differences between two texts with a longest common subsequence over lines (quadratic:
 * fine for documents of a few hundred lines). Lines in the subsequence are kept; the others are
 * removed (before) or added (after).
 */
export function diffLines(before: readonly string[], after: readonly string[]): LineDiff {
  const n = before.length;
  const m = after.length;
  // lengths[i][j]: LCS length of before[i..] and after[j..]
  const lengths: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    const row = lengths[i]!;
    const below = lengths[i + 1]!;
    for (let j = m - 1; j >= 0; j--) {
      row[j] = before[i] === after[j] ? below[j + 1]! + 1 : Math.max(below[j]!, row[j + 1]!);
    }
  }
  const keptBefore = new Array<boolean>(n).fill(false);
  const keptAfter = new Array<boolean>(m).fill(false);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      keptBefore[i++] = true;
      keptAfter[j++] = true;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) {
      i++;
    } else {
      j++;
    }
  }
  return {
    before: before.map((text, k) => ({ text, changed: !keptBefore[k] })),
    after: after.map((text, k) => ({ text, changed: !keptAfter[k] })),
  };
}

/** A version's `text` (or the live text) as lines; an empty text has no lines. */
export function toLines(text: string): string[] {
  return text === '' ? [] : text.split('\n');
}
