import { useEffect, useRef } from 'react';
import { useSubscription } from 'urql';
import { SpaceActivitySubscription } from '../spaces/space-documents';
import type { ActivityEvent } from '../spaces/space-types';

const MEETING_ACTIONS = /^(meeting|minutes|actionItem)\./;

/**
 * Calls `onChange` when the space's live activity reports something about meetings (minutes
 * started, attendance recorded, publication…), so the meeting page follows what others do.
 */
export function useMeetingLive(spaceId: string | undefined, onChange: () => void) {
  const [live] = useSubscription(
    { query: SpaceActivitySubscription, variables: { spaceId: spaceId ?? '' }, pause: !spaceId },
    (_previous: ActivityEvent | undefined, data) => data.spaceActivity,
  );
  const event = live.data;
  const handled = useRef<string | null>(null);
  const callback = useRef(onChange);
  useEffect(() => {
    callback.current = onChange;
  });
  useEffect(() => {
    if (!event || handled.current === event.id) return;
    handled.current = event.id;
    if (MEETING_ACTIONS.test(event.action)) callback.current();
  }, [event]);
}
