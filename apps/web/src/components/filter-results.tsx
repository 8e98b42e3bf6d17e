import type { CombinedError } from '@urql/core';
import type { ReactNode } from 'react';
import { toApiError } from '../app/graphql-errors';
import { EmptyState } from './empty-state';
import { ErrorState } from './error-state';
import { LoadingState } from './loading-state';

interface FilterResultsProps<T> {
  title: string;
  /** The rows that match the filters, or undefined while they are not known yet. */
  items: T[] | undefined;
  /** "N risultati", announced whenever it changes. */
  countLabel: (count: number) => string;
  countTestId: string;
  error: CombinedError | undefined;
  fetching: boolean;
  onRetry: () => void;
  emptyMessage: string;
  emptyHint: string;
  /** The table of the rows, when there are some. */
  children: (items: T[]) => ReactNode;
}

/** The results of a filtered list: the count, then the error, loading, "nothing found" or the rows. */
export function FilterResults<T>({
  title,
  items,
  countLabel,
  countTestId,
  error,
  fetching,
  onRetry,
  emptyMessage,
  emptyHint,
  children,
}: FilterResultsProps<T>) {
  return (
    <section aria-labelledby="risultati-titolo" className="mt-4">
      <h2 id="risultati-titolo" className="h4">
        {title}
      </h2>
      <div aria-live="polite" aria-atomic="true">
        {items && (
          <p className="fw-semibold" data-testid={countTestId}>
            {countLabel(items.length)}
          </p>
        )}
      </div>
      {error && !fetching && !items ? (
        <ErrorState error={toApiError(error)} onRetry={onRetry} />
      ) : !items ? (
        <LoadingState />
      ) : items.length === 0 ? (
        <EmptyState message={emptyMessage}>
          <p className="mb-0">{emptyHint}</p>
        </EmptyState>
      ) : (
        children(items)
      )}
    </section>
  );
}
