import { useCallback } from 'react';
import { useMutation } from 'urql';
import { toApiError, type ApiError } from '../../app/graphql-errors';
import { it } from '../../i18n/it';
import type { Outcome } from '../spaces/use-member-actions';
import { ArchiveDocumentMutation, CreateDocumentMutation, RenameDocumentMutation } from './document-documents';
import type { DocumentKind, SpaceDocument } from './document-types';

/*
 * Each mutation answers the SpaceDocument, so urql's document cache drops the cached results
 * holding one (the list, the page) and asks again. An empty list holds none: it says so itself
 * with additionalTypenames (see useSpaceDocuments).
 */

const NO_ANSWER: ApiError = { code: 'INTERNAL_SERVER_ERROR', message: it.errors.unknown, fields: [] };

/** Create, rename and archive a document: each resolves to the document or to the API's error. */
export function useDocumentActions() {
  const [, createMutation] = useMutation(CreateDocumentMutation);
  const [, renameMutation] = useMutation(RenameDocumentMutation);
  const [, archiveMutation] = useMutation(ArchiveDocumentMutation);

  const create = useCallback(
    async (spaceId: string, kind: DocumentKind, title: string): Promise<Outcome<SpaceDocument>> => {
      const result = await createMutation({ spaceId, kind, title });
      if (result.error) return { ok: false, error: toApiError(result.error) };
      if (!result.data) return { ok: false, error: NO_ANSWER };
      return { ok: true, value: result.data.createDocument };
    },
    [createMutation],
  );

  const rename = useCallback(
    async (id: string, title: string): Promise<Outcome<SpaceDocument>> => {
      const result = await renameMutation({ id, title });
      if (result.error) return { ok: false, error: toApiError(result.error) };
      if (!result.data) return { ok: false, error: NO_ANSWER };
      return { ok: true, value: result.data.renameDocument };
    },
    [renameMutation],
  );

  const archive = useCallback(
    async (id: string): Promise<Outcome<SpaceDocument>> => {
      const result = await archiveMutation({ id });
      if (result.error) return { ok: false, error: toApiError(result.error) };
      if (!result.data) return { ok: false, error: NO_ANSWER };
      return { ok: true, value: result.data.archiveDocument };
    },
    [archiveMutation],
  );

  return { create, rename, archive };
}
