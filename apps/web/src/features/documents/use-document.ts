import { useMemo } from 'react';
import { useQuery } from 'urql';
import { DocumentQuery } from './document-documents';

export function useDocument(id: string) {
  const context = useMemo(() => ({ additionalTypenames: ['SpaceDocument'] }), []);
  return useQuery({ query: DocumentQuery, variables: { id }, context });
}
