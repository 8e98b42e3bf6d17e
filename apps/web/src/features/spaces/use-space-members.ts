import { useMemo } from 'react';
import { useQuery } from 'urql';
import { SpaceMembersQuery } from './space-documents';

/** Only asked when the permissions allow it; otherwise the API would answer FORBIDDEN. */
export function useSpaceMembers(id: string, allowed: boolean) {
  const context = useMemo(() => ({ additionalTypenames: ['SpaceMember'] }), []);
  return useQuery({ query: SpaceMembersQuery, variables: { id }, context, pause: !allowed });
}
