import { describe, expect, it } from 'vitest';
import { defaultComparison, DRAFT, inlineParts, onlyChanges, sideBySideRows } from './model-diff-rows';
import type { BlockChange } from './model-types';

const block = (change: Partial<BlockChange> & Pick<BlockChange, 'kind'>): BlockChange => ({
  beforePlace: null,
  afterPlace: null,
  beforeText: null,
  afterText: null,
  words: [],
  ...change,
});

const sameBlock = block({ kind: 'same', beforePlace: 'Testo', afterPlace: 'Testo', beforeText: 'Il Comune.', afterText: 'Il Comune.' });
const oneWordChanged = block({
  kind: 'changed',
  beforePlace: 'Testo',
  afterPlace: 'Testo',
  beforeText: 'Per dodici mesi.',
  afterText: 'Per diciotto mesi.',
  words: [
    { kind: 'same', text: 'Per ' },
    { kind: 'removed', text: 'dodici' },
    { kind: 'added', text: 'diciotto' },
    { kind: 'same', text: ' mesi.' },
  ],
});

describe('sideBySideRows', () => {
  it('puts a changed block on one row: removed words on the left, added words on the right', () => {
    const [row] = sideBySideRows([oneWordChanged]);
    expect(row!.kind).toBe('changed');
    expect(row!.before).toEqual({
      place: 'Testo',
      parts: [
        { text: 'Per ', mark: null },
        { text: 'dodici', mark: 'removed' },
        { text: ' mesi.', mark: null },
      ],
    });
    expect(row!.after!.parts).toEqual([
      { text: 'Per ', mark: null },
      { text: 'diciotto', mark: 'added' },
      { text: ' mesi.', mark: null },
    ]);
  });

  it('leaves the missing side empty for added and removed blocks, aligned with the others', () => {
    const rows = sideBySideRows([
      sameBlock,
      block({ kind: 'added', afterPlace: 'Elenco 1, punto 2', afterText: 'Nuovo punto' }),
      block({ kind: 'removed', beforePlace: 'Tabella 1, riga 2, colonna 1', beforeText: 'Vecchia cella' }),
    ]);
    expect(rows.map((r) => [r.kind, r.before?.place ?? null, r.after?.place ?? null])).toEqual([
      ['same', 'Testo', 'Testo'],
      ['added', null, 'Elenco 1, punto 2'],
      ['removed', 'Tabella 1, riga 2, colonna 1', null],
    ]);
    expect(rows[1]!.after!.parts).toEqual([{ text: 'Nuovo punto', mark: 'added' }]);
    expect(rows[2]!.before!.parts).toEqual([{ text: 'Vecchia cella', mark: 'removed' }]);
  });

  it('shows a moved block with its old and new place, unmarked', () => {
    const [row] = sideBySideRows([
      block({ kind: 'moved', beforePlace: 'Sezione «A»', afterPlace: 'Sezione «B»', beforeText: 'Spostato', afterText: 'Spostato' }),
    ]);
    expect(row).toEqual({
      kind: 'moved',
      before: { place: 'Sezione «A»', parts: [{ text: 'Spostato', mark: null }] },
      after: { place: 'Sezione «B»', parts: [{ text: 'Spostato', mark: null }] },
    });
  });

  it('merges neighbouring words with the same mark and falls back to whole texts without words', () => {
    const [merged] = sideBySideRows([
      block({
        kind: 'changed',
        beforeText: 'a b',
        afterText: 'c',
        words: [
          { kind: 'removed', text: 'a' },
          { kind: 'removed', text: ' b' },
          { kind: 'added', text: 'c' },
        ],
      }),
    ]);
    expect(merged!.before!.parts).toEqual([{ text: 'a b', mark: 'removed' }]);
    const [fallback] = sideBySideRows([block({ kind: 'changed', beforeText: 'prima', afterText: 'dopo' })]);
    expect(fallback!.before!.parts).toEqual([{ text: 'prima', mark: 'removed' }]);
    expect(fallback!.after!.parts).toEqual([{ text: 'dopo', mark: 'added' }]);
  });
});

describe('inlineParts', () => {
  it('interleaves removed and added words in their place', () => {
    expect(inlineParts(oneWordChanged)).toEqual([
      { text: 'Per ', mark: null },
      { text: 'dodici', mark: 'removed' },
      { text: 'diciotto', mark: 'added' },
      { text: ' mesi.', mark: null },
    ]);
  });

  it('marks whole added and removed blocks, and leaves same and moved blocks plain', () => {
    expect(inlineParts(block({ kind: 'added', afterText: 'Nuovo' }))).toEqual([{ text: 'Nuovo', mark: 'added' }]);
    expect(inlineParts(block({ kind: 'removed', beforeText: 'Vecchio' }))).toEqual([{ text: 'Vecchio', mark: 'removed' }]);
    expect(inlineParts(sameBlock)).toEqual([{ text: 'Il Comune.', mark: null }]);
  });
});

describe('onlyChanges', () => {
  const changes = [sameBlock, oneWordChanged, block({ kind: 'moved' }), sameBlock];

  it('keeps every block that differs, in order, when asked', () => {
    expect(onlyChanges(changes, true).map((c) => c.kind)).toEqual(['changed', 'moved']);
  });

  it('keeps everything otherwise', () => {
    expect(onlyChanges(changes, false)).toHaveLength(4);
  });
});

describe('defaultComparison', () => {
  it('compares the last two versions (newest first), or the only one with the draft', () => {
    expect(defaultComparison([{ id: 'v3' }, { id: 'v2' }, { id: 'v1' }])).toEqual({ from: 'v2', to: 'v3' });
    expect(defaultComparison([{ id: 'v1' }])).toEqual({ from: 'v1', to: DRAFT });
    expect(defaultComparison([])).toBeNull();
  });
});
