import {
  isCounterpartKind,
  isInstrumentFamily,
  isInstrumentPhase,
  type CounterpartKind,
  type InstrumentFamily,
  type InstrumentFilter,
  type InstrumentPhase,
} from './instrument-types';

/**
 * The catalogue's filters as they live in the URL, one parameter per value so a link can be read
 * and shared: ?famiglia=COLLABORATIVE&fase=DESIGN&fase=ASSIGNMENT&controparte=ODV&area=anziani&q=…
 */
export interface InstrumentFilterState {
  famiglia: InstrumentFamily[];
  fase: InstrumentPhase[];
  controparte: CounterpartKind[];
  area: string[];
  q: string;
}

export type FacetParam = 'famiglia' | 'fase' | 'controparte' | 'area';

export const FACET_PARAMS: readonly FacetParam[] = ['famiglia', 'fase', 'controparte', 'area'];
const FILTER_PARAMS = [...FACET_PARAMS, 'q'] as const;

/** The instruments picked for comparison: ?confronta=a&confronta=b (kept apart from the filters). */
export const COMPARE_PARAM = 'confronta';
export const MAX_COMPARED = 4;
export const MIN_COMPARED = 2;

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/** Reads the filters; unknown values (an old link, a typo) are dropped rather than sent to the API. */
export function parseInstrumentFilters(params: URLSearchParams): InstrumentFilterState {
  return {
    famiglia: unique(params.getAll('famiglia').filter(isInstrumentFamily)),
    fase: unique(params.getAll('fase').filter(isInstrumentPhase)),
    controparte: unique(params.getAll('controparte').filter(isCounterpartKind)),
    area: unique(params.getAll('area').map((a) => a.trim()).filter(Boolean)),
    q: params.get('q') ?? '',
  };
}

/** Writes the given filters over `params`, leaving every other parameter (the comparison) as it is. */
export function writeInstrumentFilters(params: URLSearchParams, changes: Partial<InstrumentFilterState>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const facet of FACET_PARAMS) {
    const values = changes[facet];
    if (values === undefined) continue;
    next.delete(facet);
    for (const value of unique(values as string[])) next.append(facet, value);
  }
  if (changes.q !== undefined) {
    if (changes.q) next.set('q', changes.q);
    else next.delete('q');
  }
  return next;
}

/** Removes every filter, keeping the comparison. */
export function clearInstrumentFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of FILTER_PARAMS) next.delete(name);
  return next;
}

/** Whether any filter is set. */
export function hasInstrumentFilters(state: InstrumentFilterState): boolean {
  return FACET_PARAMS.some((facet) => state[facet].length > 0) || state.q.trim() !== '';
}

/** A value checked or unchecked in one facet. */
export function toggleValue<T extends string>(values: readonly T[], value: T, on: boolean): T[] {
  return on ? unique([...values, value]) : values.filter((v) => v !== value);
}

/** What the API is asked for: empty facets and blank text are left out. */
export function toServerFilter(state: InstrumentFilterState): InstrumentFilter {
  const search = state.q.trim();
  return {
    ...(state.famiglia.length ? { families: [...state.famiglia] } : {}),
    ...(state.fase.length ? { phases: [...state.fase] } : {}),
    ...(state.controparte.length ? { counterpartKinds: [...state.controparte] } : {}),
    ...(state.area.length ? { areas: [...state.area] } : {}),
    ...(search ? { search } : {}),
  };
}

/** The instruments picked for comparison, in the order picked, at most four. */
export function parseCompareSelection(params: URLSearchParams): string[] {
  return unique(params.getAll(COMPARE_PARAM).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean)).slice(0, MAX_COMPARED);
}

export function writeCompareSelection(params: URLSearchParams, ids: readonly string[]): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(COMPARE_PARAM);
  for (const id of unique([...ids]).slice(0, MAX_COMPARED)) next.append(COMPARE_PARAM, id);
  return next;
}

/** /strumenti/confronto?ids=a,b,c: ids stay readable (an id never holds a comma). */
export function comparisonPath(ids: readonly string[]): string {
  return `/strumenti/confronto?ids=${ids.map(encodeURIComponent).join(',')}`;
}

/** The ids of the comparison page: 2 to 4 distinct ones, or the problem with them. */
export function parseComparisonIds(params: URLSearchParams): { ids: string[]; problem: 'tooFew' | 'tooMany' | null } {
  const ids = unique(
    params
      .getAll('ids')
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean),
  );
  if (ids.length < MIN_COMPARED) return { ids, problem: 'tooFew' };
  if (ids.length > MAX_COMPARED) return { ids: ids.slice(0, MAX_COMPARED), problem: 'tooMany' };
  return { ids, problem: null };
}
