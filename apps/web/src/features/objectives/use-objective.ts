import { useMemo } from 'react';
import { useQuery } from 'urql';
import { ObjectiveQuery } from './objective-documents';

/** The spaces serving an objective are only asked for when someone is signed in. */
export function useObjective(id: string, withSpaces: boolean) {
  const context = useMemo(() => ({ additionalTypenames: ['Space'] }), []);
  return useQuery({ query: ObjectiveQuery, variables: { id, withSpaces }, context });
}
