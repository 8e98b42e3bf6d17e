import { Button } from 'design-react-kit';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { TextField } from './text-field';

interface FilterFormProps {
  /** The form's accessible name. */
  label: string;
  /** The name search as it is in the URL. */
  query: string;
  /** Writes the name search to the URL (the `update` of useUrlFilters). */
  update: (changes: { q: string }, options?: { replace?: boolean }) => void;
  reset: () => void;
  /** Whether any filter is set: only then is "reset" offered. */
  active: boolean;
  searchLabel: string;
  submitLabel: string;
  resetLabel: string;
  /** The list's own filters; `searchField` is the name search, to place among them. */
  children: (searchField: ReactNode) => ReactNode;
}

const SEARCH_DELAY_MS = 400;

/**
 * The frame of a list's filters: a search form with a name search that applies itself after a short
 * pause, a submit button and, while a filter is set, a reset button. Every change goes to the URL,
 * which drives the query.
 */
export function FilterForm({
  label,
  query,
  update,
  reset,
  active,
  searchLabel,
  submitLabel,
  resetLabel,
  children,
}: FilterFormProps) {
  const [draft, setDraft] = useState(query);
  const lastApplied = useRef(query);

  // The URL changed on its own (back button, "Azzera i filtri"): show its search text.
  useEffect(() => {
    if (query !== lastApplied.current) {
      lastApplied.current = query;
      setDraft(query);
    }
  }, [query]);

  // Typing searches after a short pause, without filling the history.
  useEffect(() => {
    if (draft === lastApplied.current) return;
    const timer = setTimeout(() => {
      lastApplied.current = draft;
      update({ q: draft }, { replace: true });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, update]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    lastApplied.current = draft;
    update({ q: draft });
  };

  const searchField = (
    <TextField id="filtro-ricerca" type="search" label={searchLabel} value={draft} onChange={setDraft} autoComplete="off" />
  );

  return (
    <form role="search" aria-label={label} onSubmit={submit} className="app-form mb-2">
      {children(searchField)}
      <div className="d-flex flex-wrap gap-2">
        <Button type="submit" color="primary" size="sm">
          {submitLabel}
        </Button>
        {active && (
          <Button type="button" color="primary" outline size="sm" onClick={reset}>
            {resetLabel}
          </Button>
        )}
      </div>
    </form>
  );
}
