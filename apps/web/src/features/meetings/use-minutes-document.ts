import { useCallback } from 'react';
import { useQuery } from 'urql';
import { MinutesDocumentQuery } from './meeting-documents';

/** The meeting's minutes document (once started): may I write it, has publication frozen it. */
export function useMinutesDocument(documentId: string | null) {
  const [result, reexecute] = useQuery({ query: MinutesDocumentQuery, variables: { id: documentId ?? '' }, pause: !documentId });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return { result, refresh };
}
