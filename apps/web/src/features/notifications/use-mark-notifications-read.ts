import { useCallback } from 'react';
import { useMutation } from 'urql';
import { toApiError, type ApiError } from '../../app/graphql-errors';
import { MarkNotificationsReadMutation } from './notification-documents';

/** The mutation answers a number, not a Notification: say which cached results it makes stale. */
const STALE = { additionalTypenames: ['Notification', 'Space'] };

export function useMarkNotificationsRead() {
  const [, mark] = useMutation(MarkNotificationsReadMutation);
  return useCallback(
    async (ids: string[] | null): Promise<{ count: number } | { error: ApiError }> => {
      const result = await mark({ ids }, STALE);
      if (result.error) return { error: toApiError(result.error) };
      return { count: result.data?.markNotificationsRead ?? 0 };
    },
    [mark],
  );
}
