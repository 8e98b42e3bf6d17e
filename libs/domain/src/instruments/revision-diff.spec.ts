import { describe, expect, it } from 'vitest';
import { CounterpartKind } from './choice-profile';
import { InstrumentFamily, InstrumentRelationKind } from './instrument';
import { instrumentSnapshot } from './instrument-attributes';
import { fixtureInstrument } from './instrument.fixture';
import { changedFields, compareInstruments, compareRevisions, diffList, ItemChange } from './revision-diff';

const { ADDED, REMOVED, UNCHANGED } = ItemChange;

describe('diffList', () => {
  it('keeps common items in place and marks the others', () => {
    expect(diffList(['a', 'b', 'c'], ['a', 'x', 'c', 'd'])).toEqual([
      { change: UNCHANGED, text: 'a' },
      { change: REMOVED, text: 'b' },
      { change: ADDED, text: 'x' },
      { change: UNCHANGED, text: 'c' },
      { change: ADDED, text: 'd' },
    ]);
    expect(diffList([], ['a'])).toEqual([{ change: ADDED, text: 'a' }]);
    expect(diffList(['a'], [])).toEqual([{ change: REMOVED, text: 'a' }]);
  });
});

describe('compareRevisions', () => {
  const base = fixtureInstrument('co-progettazione', InstrumentFamily.COLLABORATIVE, { keySteps: ['Avviso', 'Tavolo', 'Convenzione'] });
  const before = instrumentSnapshot(base, [{ toId: 'appalto-servizi-sociali', kind: InstrumentRelationKind.ALTERNATIVE_TO, note: 'Canale alternativo' }]);

  it('reports nothing for identical revisions', () => {
    expect(compareRevisions(before, structuredClone(before))).toEqual([]);
    expect(changedFields(null, before)).toEqual([]);
  });

  it('reports scalars as before/after and lists item by item, with labels', () => {
    const after = instrumentSnapshot(
      { ...base, summary: 'Nuova sintesi', keySteps: ['Avviso', 'Valutazione', 'Tavolo', 'Convenzione'], unverified: true, unverifiedNote: 'da ricontrollare' },
      [{ toId: 'appalto-servizi-sociali', kind: InstrumentRelationKind.ALTERNATIVE_TO, note: 'Canale alternativo' }, { toId: 'budget-di-salute', kind: InstrumentRelationKind.PRECEDES, note: 'Prima la rete' }],
    );
    const changes = compareRevisions(before, after, { instrument: (id) => (id === 'budget-di-salute' ? 'Budget di salute' : undefined) });
    expect(changes.map((c) => c.field)).toEqual(['summary', 'keySteps', 'unverified', 'relations']);
    expect(changes[0]).toMatchObject({ label: 'Sintesi', list: false, before: 'Una sintesi di prova', after: 'Nuova sintesi', items: [] });
    expect(changes[1]!.items).toEqual([
      { change: UNCHANGED, text: 'Avviso' }, { change: ADDED, text: 'Valutazione' }, { change: UNCHANGED, text: 'Tavolo' }, { change: UNCHANGED, text: 'Convenzione' },
    ]);
    expect(changes[2]).toMatchObject({ before: 'no', after: 'sì: da ricontrollare' });
    expect(changes[3]!.items.filter((i) => i.change === ADDED).map((i) => i.text)).toEqual(['precede «Budget di salute»: Prima la rete']);
    expect(changedFields(before, after)).toEqual(['summary', 'keySteps', 'unverified', 'relations']);
  });

  it('compares the guided-choice profile too, and swaps added and removed when read backwards', () => {
    const after = instrumentSnapshot({ ...base, profile: { ...base.profile, counterpartKinds: [CounterpartKind.ODV] } }, before.relations);
    const forward = compareRevisions(before, after).find((c) => c.field === 'counterpartKinds')!;
    const backward = compareRevisions(after, before).find((c) => c.field === 'counterpartKinds')!;
    expect(forward.items.filter((i) => i.change === REMOVED)).toHaveLength(4);
    expect(backward.items.filter((i) => i.change === ADDED)).toHaveLength(4);
  });
});

describe('compareInstruments', () => {
  it('lines instruments up attribute by attribute and says where they agree', () => {
    const a = fixtureInstrument('convenzioni-odv-aps', InstrumentFamily.COLLABORATIVE);
    const b = fixtureInstrument('co-progettazione', InstrumentFamily.COLLABORATIVE);
    const rows = compareInstruments([a, b]);
    const row = (field: string) => rows.find((r) => r.field === field)!;
    expect(row('family')).toMatchObject({ same: true, values: [['Collaborativo (amministrazione condivisa)'], ['Collaborativo (amministrazione condivisa)']] });
    expect(row('counterpartKinds').same).toBe(false);
    expect(row('counterpartKinds').values[0]).toEqual(['ODV', 'APS']);
    expect(row('resourceFlows').values).toEqual([['rimborso delle spese effettive'], ['contributo a fronte di costi rendicontati', 'rimborso delle spese effettive']]);
    expect(rows.map((r) => r.field)).toContain('legalBasis');
  });
});
