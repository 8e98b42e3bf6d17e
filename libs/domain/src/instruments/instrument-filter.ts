import { foldForSearch } from '../text/search-text';
import { CounterpartKind } from './choice-profile';
import { type Instrument, InstrumentFamily, InstrumentPhase } from './instrument';
import { INSTRUMENT_AREAS } from './instrument-profiles';

/**
 * The facets of the catalogue list. Values inside one facet are alternatives (OR); facets
 * combine with AND. An empty or missing facet does not filter.
 */
export interface InstrumentFilter {
  families?: InstrumentFamily[];
  phases?: InstrumentPhase[];
  counterpartKinds?: CounterpartKind[];
  areas?: string[];
  /** Free text, accent- and case-insensitive; every word must appear. */
  search?: string;
}

/** How many instruments one value of a facet would give. */
export interface FacetCount<T extends string = string> {
  value: T;
  count: number;
}

/** For each facet, how many instruments each value would give with the other facets applied. */
export interface InstrumentFacets {
  families: FacetCount<InstrumentFamily>[];
  phases: FacetCount<InstrumentPhase>[];
  counterpartKinds: FacetCount<CounterpartKind>[];
  areas: FacetCount[];
}

/** The folded text the free-text search runs on: names, prose, legal basis, rulings, areas. */
export function instrumentSearchText(i: Instrument): string {
  return foldForSearch([
    i.id.replace(/-/g, ' '), i.name, i.summary, i.whenToUse, i.counterparts, i.resourceFlow,
    ...i.legalBasis.map((b) => `${b.act} ${b.article}`),
    ...i.keySteps, ...i.constraints, ...i.caseLaw, ...i.caseLawDetails.map((c) => `${c.ruling} ${c.holding}`),
    ...i.areas, i.regionalNote ?? '', i.note ?? '',
  ].join(' '));
}

function searchWords(search: string | undefined): string[] {
  return foldForSearch(search ?? '').split(' ').filter(Boolean).slice(0, 12);
}

type Facet = 'families' | 'phases' | 'counterpartKinds' | 'areas';

function facetValues(i: Instrument, facet: Facet): string[] {
  switch (facet) {
    case 'families':
      return [i.family];
    case 'phases':
      return i.phases;
    case 'counterpartKinds':
      return i.profile.counterpartKinds;
    case 'areas':
      return i.areas;
  }
}

function matches(i: Instrument, filter: InstrumentFilter, words: string[], text: string, skip?: Facet): boolean {
  for (const facet of ['families', 'phases', 'counterpartKinds', 'areas'] as const) {
    const wanted = filter[facet] as string[] | undefined;
    if (facet === skip || !wanted || wanted.length === 0) continue;
    const values = facetValues(i, facet);
    if (!wanted.some((w) => values.includes(w))) return false;
  }
  return words.every((w) => text.includes(w));
}

/** The instruments that pass the filter, in catalogue order. */
export function filterInstruments<T extends Instrument>(catalogue: T[], filter: InstrumentFilter = {}): T[] {
  const words = searchWords(filter.search);
  return catalogue.filter((i) => matches(i, filter, words, words.length ? instrumentSearchText(i) : ''));
}

/** Counts for each facet value, computed with the other facets (and the text) applied: the usual faceted search. */
export function instrumentFacets(catalogue: Instrument[], filter: InstrumentFilter = {}): InstrumentFacets {
  const words = searchWords(filter.search);
  const texts = new Map(catalogue.map((i) => [i.id, words.length ? instrumentSearchText(i) : '']));
  const count = <T extends string>(facet: Facet, values: readonly T[]): FacetCount<T>[] => {
    const pool = catalogue.filter((i) => matches(i, filter, words, texts.get(i.id)!, facet));
    return values.map((value) => ({ value, count: pool.filter((i) => facetValues(i, facet).includes(value)).length }));
  };
  return {
    families: count('families', Object.values(InstrumentFamily)),
    phases: count('phases', Object.values(InstrumentPhase)),
    counterpartKinds: count('counterpartKinds', Object.values(CounterpartKind)),
    areas: count('areas', INSTRUMENT_AREAS),
  };
}
