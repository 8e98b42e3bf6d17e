import { useMemo } from 'react';
import { useQuery, useSubscription } from 'urql';
import { SpaceActivityQuery, SpaceActivitySubscription } from './space-documents';
import type { ActivityEvent } from './space-types';

const LIMIT = 50;

/** Newest first, each event once (an event can arrive both live and in a refetch). */
export function mergeActivity(spaceId: string, ...lists: ActivityEvent[][]): ActivityEvent[] {
  const byId = new Map<string, ActivityEvent>();
  for (const list of lists) {
    for (const event of list) {
      if (event.spaceId === spaceId && !byId.has(event.id)) byId.set(event.id, event);
    }
  }
  return [...byId.values()].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

/**
 * The space's activity: the latest events from the API, plus every event pushed by the
 * `spaceActivity` subscription since the page opened, so the feed grows without a reload.
 */
export function useSpaceActivity(spaceId: string, allowed: boolean) {
  const context = useMemo(() => ({ additionalTypenames: ['Space', 'SpaceMember'] }), []);
  const [result, reexecute] = useQuery({
    query: SpaceActivityQuery,
    variables: { id: spaceId, limit: LIMIT },
    context,
    pause: !allowed,
  });
  const [live] = useSubscription(
    { query: SpaceActivitySubscription, variables: { spaceId }, pause: !allowed },
    (received: ActivityEvent[] = [], data) => [data.spaceActivity, ...received],
  );

  const loaded = result.data?.space?.activity;
  const received = live.data;
  const events = useMemo(
    () => (loaded ? mergeActivity(spaceId, received ?? [], loaded) : undefined),
    [spaceId, received, loaded],
  );

  return {
    events,
    error: result.error,
    fetching: result.fetching,
    retry: () => reexecute({ requestPolicy: 'network-only' }),
    /** The live channel failed (e.g. the socket could not be opened): the feed only updates on reload. */
    liveError: live.error,
    /** How many events arrived live since the page opened. */
    receivedCount: received?.length ?? 0,
  };
}
