import { useCallback, useMemo } from 'react';
import { useUrlFilters } from '../../components/use-url-filters';
import { isSpaceKind, type SpaceFilter, type SpaceKind, type SpaceSummary } from './space-types';

/** The filter state as it lives in the URL: ?tipo=TAVOLO&obiettivo=…&q=…&archiviati=1 */
export interface SpaceFilterState {
  tipo: SpaceKind | '';
  obiettivo: string;
  q: string;
  archiviati: boolean;
}

const PARAMS = ['tipo', 'obiettivo', 'q', 'archiviati'] as const;

function parseSpaceFilters(params: URLSearchParams): SpaceFilterState {
  const tipo = params.get('tipo');
  return {
    tipo: isSpaceKind(tipo) ? tipo : '',
    obiettivo: params.get('obiettivo') ?? '',
    q: params.get('q') ?? '',
    archiviati: params.get('archiviati') === '1',
  };
}

/**
 * The filters of the spaces list, kept in the URL. Every filter goes to the API; the kind and
 * "archived" are also applied at once to the rows already on screen, so the list narrows before the
 * answer arrives.
 */
export function useSpaceFilters() {
  const { state, update, reset, active } = useUrlFilters<SpaceFilterState>(PARAMS, parseSpaceFilters);

  const serverFilter = useMemo<SpaceFilter>(() => {
    const search = state.q.trim();
    return {
      ...(state.tipo ? { kind: state.tipo } : {}),
      ...(state.obiettivo ? { objectiveId: state.obiettivo } : {}),
      ...(search ? { search } : {}),
      ...(state.archiviati ? { includeArchived: true } : {}),
    };
  }, [state.tipo, state.obiettivo, state.q, state.archiviati]);

  const matches = useCallback(
    (space: SpaceSummary) => (!state.tipo || space.kind === state.tipo) && (state.archiviati || !space.archived),
    [state.tipo, state.archiviati],
  );

  return { state, serverFilter, matches, update, reset, active };
}
