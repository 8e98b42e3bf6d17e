import { useSpaceActivityRefresh } from '../spaces/use-space-activity-refresh';

const MEETING_ACTIONS = /^(meeting|minutes|actionItem)\./;

/**
 * Calls `onChange` when the space's live activity reports something about meetings (minutes
 * started, attendance recorded, publication…), so the meeting page follows what others do.
 */
export function useMeetingLive(spaceId: string | undefined, onChange: () => void) {
  useSpaceActivityRefresh(spaceId, MEETING_ACTIONS, onChange);
}
