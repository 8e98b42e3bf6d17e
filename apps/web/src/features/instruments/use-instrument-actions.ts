import type { CombinedError } from '@urql/core';
import { useCallback } from 'react';
import { useMutation } from 'urql';
import { toApiError, type ApiError } from '../../app/graphql-errors';
import { it } from '../../i18n/it';
import type { Outcome } from '../spaces/use-member-actions';
import {
  AddInstrumentCommentMutation,
  CreateInstrumentRelationMutation,
  DeleteInstrumentRelationMutation,
  RecordInstrumentExperienceMutation,
  UpdateInstrumentMutation,
} from './instrument-documents';
import type { CreateInstrumentRelationInput, RecordInstrumentExperienceInput, UpdateInstrumentInput } from './instrument-types';

const NO_ANSWER: ApiError = { code: 'INTERNAL_SERVER_ERROR', message: it.errors.unknown, fields: [] };

function outcome<T>(result: { error?: CombinedError; data?: T }): Outcome<T> {
  if (result.error) return { ok: false, error: toApiError(result.error) };
  if (!result.data) return { ok: false, error: NO_ANSWER };
  return { ok: true, value: result.data };
}

/**
 * Editing the map (with a reason, which stays in the revision), recording experiences and
 * commenting: each resolves to the API's answer or to its error.
 */
export function useInstrumentActions() {
  const [, updateMutation] = useMutation(UpdateInstrumentMutation);
  const [, createRelationMutation] = useMutation(CreateInstrumentRelationMutation);
  const [, deleteRelationMutation] = useMutation(DeleteInstrumentRelationMutation);
  const [, recordMutation] = useMutation(RecordInstrumentExperienceMutation);
  const [, commentMutation] = useMutation(AddInstrumentCommentMutation);

  const update = useCallback(
    async (id: string, input: UpdateInstrumentInput, reason: string) => outcome(await updateMutation({ id, input, reason })),
    [updateMutation],
  );
  const createRelation = useCallback(
    async (input: CreateInstrumentRelationInput, reason: string) => outcome(await createRelationMutation({ input, reason })),
    [createRelationMutation],
  );
  const deleteRelation = useCallback(
    async (id: string, reason: string) => outcome(await deleteRelationMutation({ id, reason })),
    [deleteRelationMutation],
  );
  const recordExperience = useCallback(
    async (input: RecordInstrumentExperienceInput) => outcome(await recordMutation({ input })),
    [recordMutation],
  );
  const addComment = useCallback(
    async (instrumentId: string, body: string) => outcome(await commentMutation({ instrumentId, body })),
    [commentMutation],
  );

  return { update, createRelation, deleteRelation, recordExperience, addComment };
}
