import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { isSector, type OrganizationFilter, type OrganizationSummary, type Sector } from './organization-types';

/** The filter state as it lives in the URL: ?settore=ETS&tipo=…&ambito=…&q=… */
export interface OrganizationFilterState {
  settore: Sector | '';
  tipo: string;
  ambito: string;
  q: string;
}

const PARAMS = ['settore', 'tipo', 'ambito', 'q'] as const;

/**
 * The URL is the single source of truth for the filters, so a reload or a shared link shows the
 * same list. Every filter goes to the API; the exact-match ones (sector, type, Ambito) are also
 * applied at once to the rows already on screen, so the list narrows before the answer arrives.
 */
export function useOrganizationFilters() {
  const [params, setParams] = useSearchParams();

  const state = useMemo<OrganizationFilterState>(() => {
    const settore = params.get('settore');
    return {
      settore: isSector(settore) ? settore : '',
      tipo: params.get('tipo') ?? '',
      ambito: params.get('ambito') ?? '',
      q: params.get('q') ?? '',
    };
  }, [params]);

  /** What the API is asked for. */
  const serverFilter = useMemo<OrganizationFilter>(() => {
    const search = state.q.trim();
    return {
      ...(state.settore ? { sector: state.settore } : {}),
      ...(state.tipo ? { type: state.tipo } : {}),
      ...(state.ambito ? { ambitoId: state.ambito } : {}),
      ...(search ? { search } : {}),
    };
  }, [state.settore, state.tipo, state.ambito, state.q]);

  /** The exact-match filters, applied to the rows on screen while the API answers. */
  const matches = useCallback(
    (organization: OrganizationSummary) =>
      (!state.settore || organization.sector === state.settore) &&
      (!state.tipo || organization.type === state.tipo) &&
      (!state.ambito || organization.ambito?.id === state.ambito),
    [state.settore, state.tipo, state.ambito],
  );

  const update = useCallback(
    (changes: Partial<OrganizationFilterState>, options: { replace?: boolean } = {}) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const key of PARAMS) {
            if (!(key in changes)) continue;
            const value = changes[key];
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        // Update the list in the same frame as the control, not in a later transition.
        { replace: options.replace ?? false, flushSync: true },
      );
    },
    [setParams],
  );

  const reset = useCallback(() => {
    setParams(new URLSearchParams(), { flushSync: true });
  }, [setParams]);

  const active = Boolean(state.settore || state.tipo || state.ambito || state.q);

  return { state, serverFilter, matches, update, reset, active };
}
