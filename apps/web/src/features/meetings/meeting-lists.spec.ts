import { describe, expect, it } from 'vitest';
import { groupDecisions, sortActionItems, spaceOrganizations, splitMeetings } from './meeting-lists';
import type { ActionItem } from './meeting-types';

describe('splitMeetings', () => {
  const now = new Date('2025-06-10T12:00:00Z');
  const meeting = (id: string, startsAt: string, endsAt: string) => ({ id, startsAt, endsAt });

  it('puts meetings not yet ended in upcoming (soonest first) and the others in past (latest first)', () => {
    const sut = splitMeetings(
      [
        meeting('old', '2025-01-10T09:00:00Z', '2025-01-10T11:00:00Z'),
        meeting('later', '2025-09-01T09:00:00Z', '2025-09-01T11:00:00Z'),
        meeting('now', '2025-06-10T11:00:00Z', '2025-06-10T13:00:00Z'),
        meeting('recent', '2025-06-01T09:00:00Z', '2025-06-01T11:00:00Z'),
      ],
      now,
    );
    expect(sut.upcoming.map((m) => m.id)).toEqual(['now', 'later']);
    expect(sut.past.map((m) => m.id)).toEqual(['recent', 'old']);
  });
});

describe('sortActionItems', () => {
  const item = (id: string, status: ActionItem['status'], dueDate: string, overdue = false): ActionItem => ({
    id, meetingId: 'm', meetingTitle: 'M', what: id, organization: null, dueDate, status, overdue,
  });

  it('lists open and in-progress actions first, overdue at the top, then by due date; done last', () => {
    const sut = sortActionItems([
      item('done', 'DONE', '2025-01-01'),
      item('later', 'OPEN', '2025-12-01'),
      item('late', 'IN_PROGRESS', '2025-02-01', true),
      item('soon', 'OPEN', '2025-07-01'),
    ]);
    expect(sut.map((i) => i.id)).toEqual(['late', 'soon', 'later', 'done']);
  });
});

describe('groupDecisions', () => {
  it('groups by meeting, newest meeting first, keeping each meeting’s order', () => {
    const d = (id: string, meetingId: string, meetingStartsAt: string) => ({ id, meetingId, meetingTitle: meetingId, meetingStartsAt, text: id });
    const sut = groupDecisions([d('a1', 'a', '2025-01-01T10:00:00Z'), d('b1', 'b', '2025-03-01T10:00:00Z'), d('a2', 'a', '2025-01-01T10:00:00Z')]);
    expect(sut.map((g) => [g.meetingId, g.decisions.map((x) => x.id)])).toEqual([
      ['b', ['b1']],
      ['a', ['a1', 'a2']],
    ]);
  });
});

describe('spaceOrganizations', () => {
  it('joins the named organisations and the members’ ones, each once, by name', () => {
    expect(
      spaceOrganizations([{ id: 'csv', name: 'CSV Bergamo' }], [null, { id: 'ats', name: 'ATS Bergamo' }, { id: 'csv', name: 'CSV Bergamo' }]),
    ).toEqual([
      { id: 'ats', name: 'ATS Bergamo' },
      { id: 'csv', name: 'CSV Bergamo' },
    ]);
  });
});
