import { useCallback, useMemo } from 'react';
import { useUrlFilters } from '../../components/use-url-filters';
import { isSector, type OrganizationFilter, type OrganizationSummary, type Sector } from './organization-types';

/** The filter state as it lives in the URL: ?settore=ETS&tipo=…&ambito=…&q=… */
export interface OrganizationFilterState {
  settore: Sector | '';
  tipo: string;
  ambito: string;
  q: string;
}

const PARAMS = ['settore', 'tipo', 'ambito', 'q'] as const;

function parseOrganizationFilters(params: URLSearchParams): OrganizationFilterState {
  const settore = params.get('settore');
  return {
    settore: isSector(settore) ? settore : '',
    tipo: params.get('tipo') ?? '',
    ambito: params.get('ambito') ?? '',
    q: params.get('q') ?? '',
  };
}

/**
 * The filters of the organizations list, kept in the URL. Every filter goes to the API; the
 * exact-match ones (sector, type, Ambito) are also applied at once to the rows already on screen, so
 * the list narrows before the answer arrives.
 */
export function useOrganizationFilters() {
  const { state, update, reset, active } = useUrlFilters<OrganizationFilterState>(PARAMS, parseOrganizationFilters);

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

  return { state, serverFilter, matches, update, reset, active };
}
