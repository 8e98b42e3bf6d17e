import { useCallback, useMemo } from 'react';
import { useMutation, useQuery } from 'urql';
import { outcomeOf } from '../meetings/meeting-outcome';
import type { Outcome } from '../spaces/use-member-actions';
import {
  CommentModelReviewMutation,
  ConsolidateModelVersionMutation,
  DecideModelReviewMutation,
  ModelQuery,
  SubmitModelVersionMutation,
  WithdrawModelVersionMutation,
} from './model-documents';
import type { ModelReview, ModelVersion, ReviewComment, ReviewDecisionKind } from './model-types';

/*
 * A mutation answers a version, a review or a comment; a model without versions holds none of
 * those, so the query names them with additionalTypenames, and `refresh` asks again after each
 * action anyway.
 */
const STALE = { additionalTypenames: ['Model', 'ModelVersion', 'ModelReview', 'ReviewComment'] };

/** One model, and everything its pages can do with it; each action resolves to an Outcome. */
export function useModel(id: string) {
  const context = useMemo(() => STALE, []);
  const [result, reexecute] = useQuery({ query: ModelQuery, variables: { id }, context, pause: !id });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  const [, consolidate] = useMutation(ConsolidateModelVersionMutation);
  const [, submit] = useMutation(SubmitModelVersionMutation);
  const [, withdraw] = useMutation(WithdrawModelVersionMutation);
  const [, decide] = useMutation(DecideModelReviewMutation);
  const [, comment] = useMutation(CommentModelReviewMutation);

  const actions = useMemo(() => {
    const after = <T>(outcome: Outcome<T>): Outcome<T> => {
      refresh();
      return outcome;
    };
    return {
      consolidate: async (changelog: string): Promise<Outcome<ModelVersion>> =>
        after(outcomeOf(await consolidate({ modelId: id, changelog }, STALE), (d) => d.consolidateModelVersion)),
      submit: async (versionId: string, dueDate: string): Promise<Outcome<ModelReview>> =>
        after(outcomeOf(await submit({ versionId, dueDate }, STALE), (d) => d.submitModelVersionForReview)),
      withdraw: async (versionId: string): Promise<Outcome<ModelVersion>> =>
        after(outcomeOf(await withdraw({ versionId }, STALE), (d) => d.withdrawModelVersion)),
      decide: async (reviewId: string, decision: ReviewDecisionKind, motivation: string): Promise<Outcome<ModelReview>> =>
        after(outcomeOf(await decide({ reviewId, decision, motivation }, STALE), (d) => d.decideModelReview)),
      comment: async (reviewId: string, body: string, passage: string | null): Promise<Outcome<ReviewComment>> =>
        after(outcomeOf(await comment({ reviewId, body, passage }, STALE), (d) => d.commentModelReview)),
    };
  }, [id, refresh, consolidate, submit, withdraw, decide, comment]);

  return { result, refresh, actions };
}

export type ModelActions = ReturnType<typeof useModel>['actions'];
