import { useEffect, useRef } from 'react';
import { useSubscription } from 'urql';
import { SpaceActivitySubscription } from '../spaces/space-documents';
import type { ActivityEvent } from '../spaces/space-types';

const MODEL_ACTIONS = /^(model\.|space\.reviewRuleChanged$)/;

/**
 * Calls `onChange` when the space's live activity reports something about models (a version
 * consolidated, sent, withdrawn, a decision, a comment, a review closed), so the model pages
 * follow what the coordinators and the Collegio do.
 */
export function useModelLive(spaceId: string | undefined, onChange: () => void) {
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
    if (MODEL_ACTIONS.test(event.action)) callback.current();
  }, [event]);
}
