import type { CombinedError } from '@urql/core';
import type { ReactNode } from 'react';
import { toApiError } from '../app/graphql-errors';
import { ErrorState } from './error-state';
import { LoadingState } from './loading-state';

interface QueryStateProps<T> {
  data: T | undefined;
  error: CombinedError | undefined;
  fetching: boolean;
  onRetry?: () => void;
  /** For pages whose <h1> comes with the data: the heading to show while loading or on error. */
  fallbackHeading?: string;
  children: (data: T) => ReactNode;
}

/**
 * Loading, error (with the API's message) or the content: a query result is never a blank page.
 * Data already on screen stays there while it is refreshed.
 */
export function QueryState<T>({ data, error, fetching, onRetry, fallbackHeading, children }: QueryStateProps<T>) {
  if (data !== undefined && data !== null && !(error && !hasContent(data))) return <>{children(data)}</>;
  return (
    <>
      {fallbackHeading && <h1>{fallbackHeading}</h1>}
      {error && !fetching ? <ErrorState error={toApiError(error)} onRetry={onRetry} /> : <LoadingState />}
    </>
  );
}

/** Partial data whose every field is null (e.g. `{ organization: null }` next to an error) is no content. */
function hasContent(data: unknown): boolean {
  if (data === undefined || data === null) return false;
  if (typeof data !== 'object') return true;
  return Object.values(data).some((value) => value !== null && value !== undefined);
}
