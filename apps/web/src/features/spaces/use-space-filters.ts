import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { isSpaceKind, type SpaceFilter, type SpaceKind, type SpaceSummary } from './space-types';

/** The filter state as it lives in the URL: ?tipo=TAVOLO&obiettivo=…&q=…&archiviati=1 */
export interface SpaceFilterState {
  tipo: SpaceKind | '';
  obiettivo: string;
  q: string;
  archiviati: boolean;
}

type Param = 'tipo' | 'obiettivo' | 'q' | 'archiviati';
const PARAMS: readonly Param[] = ['tipo', 'obiettivo', 'q', 'archiviati'];

/**
 * The URL is the single source of truth for the filters, so a reload or a shared link shows the
 * same list. Every filter goes to the API; the kind and "archived" are also applied at once to the
 * rows already on screen, so the list narrows before the answer arrives.
 */
export function useSpaceFilters() {
  const [params, setParams] = useSearchParams();

  const state = useMemo<SpaceFilterState>(() => {
    const tipo = params.get('tipo');
    return {
      tipo: isSpaceKind(tipo) ? tipo : '',
      obiettivo: params.get('obiettivo') ?? '',
      q: params.get('q') ?? '',
      archiviati: params.get('archiviati') === '1',
    };
  }, [params]);

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

  const update = useCallback(
    (changes: Partial<SpaceFilterState>, options: { replace?: boolean } = {}) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const key of PARAMS) {
            if (!(key in changes)) continue;
            const value = changes[key];
            if (value === true) next.set(key, '1');
            else if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: options.replace ?? false, flushSync: true },
      );
    },
    [setParams],
  );

  const reset = useCallback(() => {
    setParams(new URLSearchParams(), { flushSync: true });
  }, [setParams]);

  const active = Boolean(state.tipo || state.obiettivo || state.q || state.archiviati);

  return { state, serverFilter, matches, update, reset, active };
}
