import type { InstrumentContent, InstrumentSnapshot } from './instrument';
import { type AttributeNames, instrumentAttributes } from './instrument-attributes';

/** What happened to one item of a list between two revisions. */
export enum ItemChange {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  UNCHANGED = 'UNCHANGED',
}

/** One item of a compared list, with what happened to it. */
export interface ListItemDiff {
  change: ItemChange;
  text: string;
}

/** A field that differs between two revisions. */
export interface FieldChange {
  field: string;
  label: string;
  list: boolean;
  /** Scalars: the value before and after (null when empty). */
  before: string | null;
  after: string | null;
  /** Lists: every item of both sides in order, marked added, removed or unchanged. */
  items: ListItemDiff[];
}

/**
 * Item-by-item difference of two lists (longest common subsequence): unchanged items keep
 * their place, removed ones come before the items added in their stead.
 */
export function diffList(before: string[], after: string[]): ListItemDiff[] {
  const n = before.length;
  const m = after.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = before[i] === after[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: ListItemDiff[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      out.push({ change: ItemChange.UNCHANGED, text: before[i]! });
      i++;
      j++;
    } else if (i < n && (j >= m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      out.push({ change: ItemChange.REMOVED, text: before[i]! });
      i++;
    } else {
      out.push({ change: ItemChange.ADDED, text: after[j]! });
      j++;
    }
  }
  return out;
}

/**
 * What changed from revision `a` to revision `b`, field by field (only changed fields), lists
 * compared item by item. Works in either direction: comparing b with a swaps added and removed.
 */
export function compareRevisions(a: InstrumentSnapshot, b: InstrumentSnapshot, names: AttributeNames = {}): FieldChange[] {
  const before = instrumentAttributes({ ...a, relations: a.relations ?? [] }, names);
  const after = new Map(instrumentAttributes({ ...b, relations: b.relations ?? [] }, names).map((x) => [x.field, x]));
  const changes: FieldChange[] = [];
  for (const old of before) {
    const now = after.get(old.field)!;
    if (old.values.length === now.values.length && old.values.every((v, k) => v === now.values[k])) continue;
    changes.push(old.list
      ? { field: old.field, label: old.label, list: true, before: null, after: null, items: diffList(old.values, now.values) }
      : { field: old.field, label: old.label, list: false, before: old.values[0] ?? null, after: now.values[0] ?? null, items: [] });
  }
  return changes;
}

/** The labels of the fields that differ between two snapshots (kept with each revision for the history list). */
export function changedFields(a: InstrumentSnapshot | null, b: InstrumentSnapshot): string[] {
  if (!a) return [];
  return compareRevisions(a, b).map((c) => c.field);
}

/** One row of a side-by-side comparison: an attribute and each instrument's values. */
export interface ComparisonRow {
  field: string;
  label: string;
  list: boolean;
  /** One entry per compared instrument, in the order given. */
  values: string[][];
  /** Every instrument has the same values here. */
  same: boolean;
}

/** Lines up 2–4 instruments on every attribute, saying where they agree. */
export function compareInstruments(instruments: (InstrumentContent & { relations?: InstrumentSnapshot['relations'] })[], names: AttributeNames = {}): ComparisonRow[] {
  const columns = instruments.map((i) => instrumentAttributes(i, names));
  const first = columns[0] ?? [];
  return first.map((attribute, row) => {
    const values = columns.map((c) => c[row]?.values ?? []);
    const key = (v: string[]) => JSON.stringify(v);
    return { field: attribute.field, label: attribute.label, list: attribute.list, values, same: values.every((v) => key(v) === key(values[0]!)) };
  });
}
