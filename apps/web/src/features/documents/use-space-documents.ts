import { useMemo } from 'react';
import { useQuery } from 'urql';
import { SpaceDocumentsQuery } from './document-documents';

/** Only asked for members (the API answers FORBIDDEN to others). A new document makes the list stale. */
export function useSpaceDocuments(spaceId: string, allowed: boolean) {
  const context = useMemo(() => ({ additionalTypenames: ['SpaceDocument'] }), []);
  return useQuery({ query: SpaceDocumentsQuery, variables: { spaceId }, context, pause: !allowed });
}
