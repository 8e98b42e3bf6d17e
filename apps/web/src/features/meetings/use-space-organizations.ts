import { useMemo } from 'react';
import { useQuery } from 'urql';
import { SpaceMembersQuery } from '../spaces/space-documents';
import type { SpaceDetail } from '../spaces/space-types';
import { spaceOrganizations } from './meeting-lists';

/**
 * The organisations of a space for the meeting form's "Ente che presenta": those the source
 * documents name plus those of its members (when this person may see the members).
 */
export function useSpaceOrganizations(space: SpaceDetail) {
  const allowed = space.permissions.canReadMembers;
  const [{ data }] = useQuery({ query: SpaceMembersQuery, variables: { id: space.id }, pause: !allowed });
  const members = data?.space?.members;
  return useMemo(
    () => spaceOrganizations(space.memberOrganizations, (members ?? []).map((m) => m.organization)),
    [space.memberOrganizations, members],
  );
}
