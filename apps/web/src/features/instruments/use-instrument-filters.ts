import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  clearInstrumentFilters,
  hasInstrumentFilters,
  parseCompareSelection,
  parseInstrumentFilters,
  toServerFilter,
  writeCompareSelection,
  writeInstrumentFilters,
  type InstrumentFilterState,
} from './instrument-filters';

/**
 * The catalogue's filters and the instruments picked for comparison, both kept in the URL (the
 * single source of truth, so a reload or a shared link shows the same list). Resetting the filters
 * keeps the comparison; picking instruments does not fill the history.
 */
export function useInstrumentFilters() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseInstrumentFilters(params), [params]);
  const selection = useMemo(() => parseCompareSelection(params), [params]);
  const serverFilter = useMemo(() => toServerFilter(state), [state]);

  const update = useCallback(
    (changes: Partial<InstrumentFilterState>, options: { replace?: boolean } = {}) => {
      setParams((current) => writeInstrumentFilters(current, changes), { replace: options.replace ?? false, flushSync: true });
    },
    [setParams],
  );

  const reset = useCallback(() => {
    setParams((current) => clearInstrumentFilters(current), { flushSync: true });
  }, [setParams]);

  const select = useCallback(
    (ids: string[]) => {
      setParams((current) => writeCompareSelection(current, ids), { replace: true, flushSync: true });
    },
    [setParams],
  );

  return { state, serverFilter, update, reset, active: hasInstrumentFilters(state), selection, select };
}
