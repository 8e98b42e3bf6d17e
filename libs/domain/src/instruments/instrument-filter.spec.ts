import { describe, expect, it } from 'vitest';
import { CounterpartKind } from './choice-profile';
import { InstrumentFamily, InstrumentPhase } from './instrument';
import { filterInstruments, instrumentFacets } from './instrument-filter';
import { fixtureCatalogue, fixtureInstrument } from './instrument.fixture';

const ids = (list: { id: string }[]) => list.map((i) => i.id);

describe('instrument filter: facets combine with AND, values inside a facet with OR', () => {
  const catalogue = fixtureCatalogue();

  it('without a filter returns the whole catalogue in its order', () => {
    expect(ids(filterInstruments(catalogue))).toEqual(ids(catalogue));
  });

  it('filters by family, and by several families at once', () => {
    expect(ids(filterInstruments(catalogue, { families: [InstrumentFamily.GRANT] }))).toEqual(['contributi-sovvenzioni']);
    expect(ids(filterInstruments(catalogue, { families: [InstrumentFamily.GRANT, InstrumentFamily.AGREEMENT] })))
      .toEqual(['contributi-sovvenzioni', 'accordi-tra-amministrazioni']);
  });

  it('filters by counterpart kind and area together', () => {
    const found = filterInstruments(catalogue, { counterpartKinds: [CounterpartKind.ODV], areas: ['emergenza sanitaria'] });
    expect(ids(found)).toEqual(['trasporto-sanitario-emergenza-urgenza']);
  });

  it('filters by phase', () => {
    expect(ids(filterInstruments(catalogue, { phases: [InstrumentPhase.PROGRAMMING] }))).toEqual(['co-programmazione']);
  });

  it('searches text without caring for accents or case; every word must appear', () => {
    const withAccent = [fixtureInstrument('contributi-sovvenzioni', InstrumentFamily.GRANT, { id: 'x', summary: 'Sostegno alle attività di comunità' }), ...catalogue];
    expect(ids(filterInstruments(withAccent, { search: 'COMUNITA attivita' }))).toEqual(['x']);
    expect(ids(filterInstruments(withAccent, { search: 'comunita bilancio' }))).toEqual([]);
    expect(ids(filterInstruments(catalogue, { search: 'tipo b' }))).toContain('convenzione-cooperative-sociali-tipo-b');
  });

  it('counts each facet value with the other facets applied', () => {
    const facets = instrumentFacets(catalogue, { families: [InstrumentFamily.COMPETITIVE], counterpartKinds: [CounterpartKind.COOP_B] });
    const family = (f: InstrumentFamily) => facets.families.find((x) => x.value === f)!.count;
    // Families are counted with the counterpart facet only: every instrument open to type-B cooperatives.
    expect(family(InstrumentFamily.COMPETITIVE)).toBe(3);
    expect(family(InstrumentFamily.COLLABORATIVE)).toBe(4);
    // Counterparts are counted among competitive instruments only.
    expect(facets.counterpartKinds.find((x) => x.value === CounterpartKind.ODV)!.count).toBe(0);
    expect(facets.counterpartKinds.find((x) => x.value === CounterpartKind.BUSINESS)!.count).toBe(2);
    expect(facets.areas.find((x) => x.value === 'lavoro')!.count).toBe(3);
  });
});
