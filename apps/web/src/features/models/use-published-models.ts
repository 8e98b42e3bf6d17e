import { useMemo } from 'react';
import { useQuery } from 'urql';
import { PublishedModelVersionQuery, PublishedModelVersionsQuery } from './model-documents';

/** The public list of approved versions (of one space, or of all public spaces), newest approval first. */
export function usePublishedModelVersions(spaceId: string | null, pause = false) {
  const context = useMemo(() => ({ additionalTypenames: ['ModelVersion'] }), []);
  return useQuery({ query: PublishedModelVersionsQuery, variables: { spaceId }, context, pause });
}

/** One approved version with its text and the Collegio's decisions (public for public spaces). */
export function usePublishedModelVersion(id: string) {
  return useQuery({ query: PublishedModelVersionQuery, variables: { id } });
}
