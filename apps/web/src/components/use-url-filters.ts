import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** A filter as it lives in the URL: a text (absent when empty) or a flag (`=1` when on, absent when off). */
export type UrlFilterValue = string | boolean;

/**
 * The URL is the single source of truth for a list's filters, so a reload or a shared link shows the
 * same list. `names` are the query parameters the filters own; `parse` reads them into the filter state,
 * whose keys are those names. Pass both as module-level constants, so they stay the same between renders.
 */
export function useUrlFilters<S extends Record<keyof S, UrlFilterValue>>(
  names: readonly (keyof S & string)[],
  parse: (params: URLSearchParams) => S,
) {
  const [params, setParams] = useSearchParams();

  const state = useMemo(() => parse(params), [parse, params]);

  /** Writes the given filters to the URL, leaving the others (and any other parameter) as they are. */
  const update = useCallback(
    (changes: Partial<S>, options: { replace?: boolean } = {}) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const key of names) {
            if (!(key in changes)) continue;
            const value = changes[key];
            if (value === true) next.set(key, '1');
            else if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        // Update the list in the same frame as the control, not in a later transition.
        { replace: options.replace ?? false, flushSync: true },
      );
    },
    [names, setParams],
  );

  const reset = useCallback(() => {
    setParams(new URLSearchParams(), { flushSync: true });
  }, [setParams]);

  const active = names.some((name) => Boolean(state[name]));

  return { state, update, reset, active };
}
