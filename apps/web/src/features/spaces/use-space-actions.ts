import { useCallback } from 'react';
import { useMutation } from 'urql';
import { toApiError, type ApiError } from '../../app/graphql-errors';
import { it } from '../../i18n/it';
import { ArchiveSpaceMutation, UpdateSpaceMutation } from './space-documents';
import type { SpaceDetail, UpdateSpaceInput } from './space-types';
import type { Outcome } from './use-member-actions';

/*
 * No additionalTypenames here, unlike the member actions (whose answers are a Boolean or a
 * SpaceMember): both mutations answer the Space itself, so urql's document cache already drops
 * every cached result that holds a Space (this space and its tabs, the parent's children, the
 * directory, an objective's spaces) and asks again for those on screen. A refused mutation
 * (FORBIDDEN, BAD_USER_INPUT) answers no Space and leaves the page, and the error shown on it, as it is.
 */

const NO_ANSWER: ApiError = { code: 'INTERNAL_SERVER_ERROR', message: it.errors.unknown, fields: [] };

/** Edit and archive a space: each resolves to the updated space or to the API's error. */
export function useSpaceActions() {
  const [, updateMutation] = useMutation(UpdateSpaceMutation);
  const [, archiveMutation] = useMutation(ArchiveSpaceMutation);

  const update = useCallback(
    async (id: string, input: UpdateSpaceInput): Promise<Outcome<SpaceDetail>> => {
      const result = await updateMutation({ id, input });
      if (result.error) return { ok: false, error: toApiError(result.error) };
      if (!result.data) return { ok: false, error: NO_ANSWER };
      return { ok: true, value: result.data.updateSpace };
    },
    [updateMutation],
  );

  const archive = useCallback(
    async (id: string): Promise<Outcome<SpaceDetail>> => {
      const result = await archiveMutation({ id });
      if (result.error) return { ok: false, error: toApiError(result.error) };
      if (!result.data) return { ok: false, error: NO_ANSWER };
      return { ok: true, value: result.data.archiveSpace };
    },
    [archiveMutation],
  );

  return { update, archive };
}
