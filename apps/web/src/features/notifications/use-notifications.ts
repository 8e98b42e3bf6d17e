import { useMemo } from 'react';
import { useQuery } from 'urql';
import { NotificationsQuery } from './notification-documents';

export function useNotifications(unreadOnly: boolean) {
  // An empty list carries no typename: name it so that marking as read refreshes it.
  const context = useMemo(() => ({ additionalTypenames: ['Notification'] }), []);
  return useQuery({ query: NotificationsQuery, variables: { unreadOnly }, context });
}
