import { useSpaceActivityRefresh } from '../spaces/use-space-activity-refresh';

const MODEL_ACTIONS = /^(model\.|space\.reviewRuleChanged$)/;

/**
 * Calls `onChange` when the space's live activity reports something about models (a version
 * consolidated, sent, withdrawn, a decision, a comment, a review closed), so the model pages
 * follow what the coordinators and the Collegio do.
 */
export function useModelLive(spaceId: string | undefined, onChange: () => void) {
  useSpaceActivityRefresh(spaceId, MODEL_ACTIONS, onChange);
}
