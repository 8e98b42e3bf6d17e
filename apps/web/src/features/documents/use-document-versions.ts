import { useCallback, useMemo } from 'react';
import { useMutation, useQuery } from 'urql';
import { toApiError, type ApiError } from '../../app/graphql-errors';
import { it } from '../../i18n/it';
import type { Outcome } from '../spaces/use-member-actions';
import { DocumentVersionsQuery, RestoreDocumentVersionMutation, SaveDocumentVersionMutation } from './document-documents';
import type { DocumentVersion } from './document-types';

const NO_ANSWER: ApiError = { code: 'INTERNAL_SERVER_ERROR', message: it.errors.unknown, fields: [] };

/**
 * The versions of a document (newest first), and saving and restoring one. An empty list holds no
 * DocumentVersion, so it says with additionalTypenames that a new one makes it stale; the caller
 * also refreshes it after each action (`refresh`).
 */
export function useDocumentVersions(documentId: string) {
  const context = useMemo(() => ({ additionalTypenames: ['DocumentVersion'] }), []);
  const [result, reexecute] = useQuery({ query: DocumentVersionsQuery, variables: { documentId }, context });
  const [, saveMutation] = useMutation(SaveDocumentVersionMutation);
  const [, restoreMutation] = useMutation(RestoreDocumentVersionMutation);

  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  const save = useCallback(
    async (name: string): Promise<Outcome<DocumentVersion>> => {
      const answer = await saveMutation({ documentId, name });
      if (answer.error) return { ok: false, error: toApiError(answer.error) };
      if (!answer.data) return { ok: false, error: NO_ANSWER };
      return { ok: true, value: answer.data.saveDocumentVersion };
    },
    [saveMutation, documentId],
  );

  const restore = useCallback(
    async (versionId: string): Promise<Outcome<DocumentVersion>> => {
      const answer = await restoreMutation({ versionId });
      if (answer.error) return { ok: false, error: toApiError(answer.error) };
      if (!answer.data) return { ok: false, error: NO_ANSWER };
      return { ok: true, value: answer.data.restoreDocumentVersion };
    },
    [restoreMutation],
  );

  return { result, refresh, save, restore };
}
