import type { NamedRef } from '../spaces/space-types';
import type { ActionItem, MeetingSummary, SpaceDecision } from './meeting-types';

/**
 * Upcoming meetings (not yet ended), soonest first, and past ones, latest first. Cancelled
 * meetings stay in their list: the page marks them.
 */
export function splitMeetings<T extends Pick<MeetingSummary, 'startsAt' | 'endsAt'>>(
  meetings: readonly T[],
  now: Date,
): { upcoming: T[]; past: T[] } {
  const at = now.getTime();
  const upcoming = meetings.filter((m) => Date.parse(m.endsAt) >= at).sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const past = meetings.filter((m) => Date.parse(m.endsAt) < at).sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
  return { upcoming, past };
}

const STATUS_ORDER: Record<ActionItem['status'], number> = { OPEN: 0, IN_PROGRESS: 0, DONE: 1 };

/** Still to do first (overdue ones at the top, then by due date), done ones last. */
export function sortActionItems(items: readonly ActionItem[]): ActionItem[] {
  return [...items].sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      Number(b.overdue) - Number(a.overdue) ||
      a.dueDate.localeCompare(b.dueDate) ||
      a.what.localeCompare(b.what, 'it'),
  );
}

export interface DecisionGroup {
  meetingId: string;
  meetingTitle: string;
  meetingStartsAt: string;
  decisions: SpaceDecision[];
}

/** Decisions grouped by their meeting, newest meeting first, each group in the API's order. */
export function groupDecisions(decisions: readonly SpaceDecision[]): DecisionGroup[] {
  const groups = new Map<string, DecisionGroup>();
  for (const decision of decisions) {
    const group = groups.get(decision.meetingId) ?? {
      meetingId: decision.meetingId,
      meetingTitle: decision.meetingTitle,
      meetingStartsAt: decision.meetingStartsAt,
      decisions: [],
    };
    group.decisions.push(decision);
    groups.set(decision.meetingId, group);
  }
  return [...groups.values()].sort((a, b) => Date.parse(b.meetingStartsAt) - Date.parse(a.meetingStartsAt));
}

/**
 * The organisations of a space, as the API counts them for attendance and action items: those the
 * source documents name, plus those of its members; each once, by name.
 */
export function spaceOrganizations(...lists: readonly (readonly (NamedRef | null | undefined)[])[]): NamedRef[] {
  const byId = new Map<string, NamedRef>();
  for (const list of lists) {
    for (const organization of list) {
      if (organization && !byId.has(organization.id)) byId.set(organization.id, { id: organization.id, name: organization.name });
    }
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'it'));
}
