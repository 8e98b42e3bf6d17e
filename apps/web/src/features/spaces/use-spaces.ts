import { useMemo } from 'react';
import { useQuery } from 'urql';
import { SpacesQuery } from './space-documents';
import type { SpaceFilter } from './space-types';

/** Anonymous visitors get no spaces from the API: `pause` spares them the request. */
export function useSpaces(filter: SpaceFilter, pause = false) {
  // An empty result carries no typename: name the ones whose changes should refresh the list.
  const context = useMemo(() => ({ additionalTypenames: ['Space', 'SpaceMember', 'Notification'] }), []);
  return useQuery({ query: SpacesQuery, variables: { filter }, context, pause });
}
