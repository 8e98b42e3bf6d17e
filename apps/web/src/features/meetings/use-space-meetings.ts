import { useCallback, useMemo } from 'react';
import { useMutation, useQuery } from 'urql';
import type { Outcome } from '../spaces/use-member-actions';
import { CreateCalendarFeedMutation, CreateMeetingMutation, SpaceMeetingsQuery } from './meeting-documents';
import { outcomeOf } from './meeting-outcome';
import type { CreateMeetingInput, MeetingDetail } from './meeting-types';

/** The Incontri tab: the space's meetings (members only), convening one, the calendar address. */
export function useSpaceMeetings(spaceId: string, allowed: boolean) {
  // An empty list holds no Meeting: say that a new one makes it stale.
  const context = useMemo(() => ({ additionalTypenames: ['Meeting'] }), []);
  const [result, reexecute] = useQuery({ query: SpaceMeetingsQuery, variables: { spaceId }, context, pause: !allowed });
  const [, createMutation] = useMutation(CreateMeetingMutation);
  const [, feedMutation] = useMutation(CreateCalendarFeedMutation);

  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  const create = useCallback(
    async (input: CreateMeetingInput): Promise<Outcome<MeetingDetail>> =>
      outcomeOf(await createMutation({ input }, { additionalTypenames: ['Meeting'] }), (d) => d.createMeeting),
    [createMutation],
  );

  const createCalendarFeed = useCallback(
    async (): Promise<Outcome<string>> => outcomeOf(await feedMutation({ spaceId }), (d) => d.createCalendarFeed),
    [feedMutation, spaceId],
  );

  return { result, retry, create, createCalendarFeed };
}
