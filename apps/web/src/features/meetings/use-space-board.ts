import { useCallback, useMemo } from 'react';
import { useMutation, useQuery } from 'urql';
import type { Outcome } from '../spaces/use-member-actions';
import { SpaceActionItemsQuery, SpaceDecisionsQuery, UpdateActionItemStatusMutation } from './meeting-documents';
import { outcomeOf } from './meeting-outcome';
import type { ActionItem, ActionItemStatus } from './meeting-types';

/** «Decisioni e azioni»: the space's decisions and action items (members only), and status changes. */
export function useSpaceBoard(spaceId: string, openOnly: boolean, allowed: boolean) {
  const context = useMemo(() => ({ additionalTypenames: ['ActionItem', 'MeetingDecision', 'Meeting'] }), []);
  const [decisions, reexecuteDecisions] = useQuery({ query: SpaceDecisionsQuery, variables: { spaceId }, context, pause: !allowed });
  const [actions, reexecuteActions] = useQuery({
    query: SpaceActionItemsQuery,
    variables: { spaceId, openOnly },
    context,
    pause: !allowed,
  });
  const [, statusMutation] = useMutation(UpdateActionItemStatusMutation);

  const retryDecisions = useCallback(() => reexecuteDecisions({ requestPolicy: 'network-only' }), [reexecuteDecisions]);
  const retryActions = useCallback(() => reexecuteActions({ requestPolicy: 'network-only' }), [reexecuteActions]);

  const updateStatus = useCallback(
    async (id: string, status: ActionItemStatus): Promise<Outcome<ActionItem>> => {
      const outcome = outcomeOf(await statusMutation({ id, status }), (d) => d.updateActionItemStatus);
      // With «solo da fare», an action just done leaves the list.
      if (outcome.ok) retryActions();
      return outcome;
    },
    [statusMutation, retryActions],
  );

  return { decisions, actions, retryDecisions, retryActions, updateStatus };
}
