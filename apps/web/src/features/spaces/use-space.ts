import { useMemo } from 'react';
import { useQuery } from 'urql';
import { SpaceQuery } from './space-documents';

export function useSpace(id: string) {
  // memberCount, myRole and permissions change when members do, and unreadCount with notifications.
  const context = useMemo(() => ({ additionalTypenames: ['Space', 'SpaceMember', 'Notification'] }), []);
  return useQuery({ query: SpaceQuery, variables: { id }, context });
}
