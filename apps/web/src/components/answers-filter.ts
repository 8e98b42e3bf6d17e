import type { Operation } from '@urql/core';

/**
 * Whether a list query's answer is for `filter`. While a new search runs, urql still holds the
 * previous search's answer: it must not be shown as current.
 */
export function answersFilter(operation: Operation | undefined, filter: unknown): boolean {
  return operation !== undefined && JSON.stringify(operation.variables) === JSON.stringify({ filter });
}
