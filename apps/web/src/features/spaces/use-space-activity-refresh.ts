import { useEffect, useRef } from 'react';
import { useSubscription } from 'urql';
import { SpaceActivitySubscription } from './space-documents';
import type { ActivityEvent } from './space-types';

/**
 * Calls `onChange` once for each live activity event of the space whose action matches
 * `actions`, so a page follows what the others do (a meeting's minutes, a model's review…).
 */
export function useSpaceActivityRefresh(spaceId: string | undefined, actions: RegExp, onChange: () => void) {
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
    if (actions.test(event.action)) callback.current();
  }, [event, actions]);
}
