import { describe, expect, it } from 'vitest';
import { type DiffUnit, diffBlocks, similarity, summarizeDiff } from './block-diff';

const p = (text: string, place = ''): DiffUnit => ({ kind: 'paragraph', place, text });
const cell = (text: string, place: string): DiffUnit => ({ kind: 'tableCell', place, text });

describe('block-level diff of model versions', () => {
  it('keeps equal blocks and reports added and removed ones', () => {
    const changes = diffBlocks([p('Premessa.'), p('Obiettivi.')], [p('Premessa.'), p('Obiettivi.'), p('Risorse disponibili.')]);
    expect(changes.map((c) => c.kind)).toEqual(['same', 'same', 'added']);
    expect(diffBlocks([p('Premessa.'), p('Da togliere.')], [p('Premessa.')]).map((c) => c.kind)).toEqual(['same', 'removed']);
  });

  it('reports a moved paragraph as moved, not as a deletion plus an insertion', () => {
    const a = [p('Uno: la governance.'), p('Due: le risorse.'), p('Tre: il monitoraggio.')];
    const b = [p('Due: le risorse.'), p('Tre: il monitoraggio.'), p('Uno: la governance.')];
    const changes = diffBlocks(a, b);
    expect(summarizeDiff(changes)).toEqual({ added: 0, removed: 0, changed: 0, moved: 1 });
    const moved = changes.find((c) => c.kind === 'moved')!;
    expect(moved.kind === 'moved' && moved.after.text).toBe('Uno: la governance.');
  });

  it('shows a changed table cell with its place and the words that changed', () => {
    const a = [cell('Ambito', 'Tabella 1, riga 1, colonna 1'), cell('12 alloggi disponibili', 'Tabella 1, riga 2, colonna 2')];
    const b = [cell('Ambito', 'Tabella 1, riga 1, colonna 1'), cell('15 alloggi disponibili', 'Tabella 1, riga 2, colonna 2')];
    const [, changed] = diffBlocks(a, b);
    expect(changed!.kind).toBe('changed');
    if (changed!.kind !== 'changed') return;
    expect(changed.after.place).toBe('Tabella 1, riga 2, colonna 2');
    expect(changed.words.filter((w) => w.kind !== 'same')).toEqual([{ kind: 'removed', text: '12' }, { kind: 'added', text: '15' }]);
  });

  it('handles Italian accented words as words', () => {
    const [changed] = diffBlocks([p('La città è più vicina alle attività')], [p('La città è più lontana dalle attività')]);
    expect(changed!.kind).toBe('changed');
    if (changed!.kind !== 'changed') return;
    expect(changed.words.filter((w) => w.kind === 'removed').map((w) => w.text.trim())).toEqual(['vicina', 'alle']);
    expect(changed.words.filter((w) => w.kind === 'added').map((w) => w.text.trim())).toEqual(['lontana', 'dalle']);
    expect(changed.words.filter((w) => w.kind === 'same').map((w) => w.text).join('')).toContain('città è più');
    expect(similarity('perché più', 'perche piu')).toBe(0);
  });

  it('does not pair unrelated blocks as changed', () => {
    const changes = diffBlocks([p('Il tavolo si riunisce ogni mese.')], [p('Allegato tecnico sulle risorse del fondo.')]);
    expect(changes.map((c) => c.kind)).toEqual(['removed', 'added']);
  });

  it('never pairs blocks of different kinds', () => {
    const changes = diffBlocks([p('Obiettivi del modello')], [{ kind: 'heading', place: '', text: 'Obiettivi del modello' }]);
    expect(changes.map((c) => c.kind)).toEqual(['removed', 'added']);
  });
});
