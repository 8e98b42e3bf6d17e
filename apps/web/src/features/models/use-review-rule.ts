import { useCallback } from 'react';
import { useMutation, useQuery } from 'urql';
import { outcomeOf } from '../meetings/meeting-outcome';
import type { Outcome } from '../spaces/use-member-actions';
import { SetSpaceReviewRuleMutation, SpaceReviewSettingsQuery } from './model-documents';
import type { ReviewRule } from './model-types';

/** How the space's reviews close, and changing it (coordinators). */
export function useReviewRule(spaceId: string, allowed: boolean) {
  const [result, reexecute] = useQuery({ query: SpaceReviewSettingsQuery, variables: { id: spaceId }, pause: !allowed });
  const [, setMutation] = useMutation(SetSpaceReviewRuleMutation);
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  const save = useCallback(
    async (rule: ReviewRule): Promise<Outcome<ReviewRule>> =>
      outcomeOf(await setMutation({ spaceId, rule }), (d) => d.setSpaceReviewRule.reviewRule),
    [setMutation, spaceId],
  );

  return { result, retry, save };
}
