import { useMemo } from 'react';
import { useQuery } from 'urql';
import { MinutesPublicationQuery, PublishedMinutesQuery } from './meeting-documents';

const LIMIT = 50;

/** The public list of acts, newest first, or those matching `search` (Italian full-text search). */
export function usePublishedMinutes(search: string) {
  const trimmed = search.trim();
  const context = useMemo(() => ({ additionalTypenames: ['MinutesPublication'] }), []);
  return useQuery({ query: PublishedMinutesQuery, variables: { search: trimmed || null, limit: LIMIT }, context });
}

/** One published act (public for public spaces). */
export function useMinutesPublication(id: string) {
  return useQuery({ query: MinutesPublicationQuery, variables: { id } });
}
