import type { CombinedError } from '@urql/core';

/** The API refused because of who is asking (not a failure to retry). */
export function isForbidden(error: CombinedError): boolean {
  return error.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN');
}
