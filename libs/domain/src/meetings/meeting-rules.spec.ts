import { describe, expect, it } from 'vitest';
import { dueDateProblem, isCalendarDay, meetingTimeProblems, meetingWhen, romeDay } from './meeting-rules';

describe('meeting rules', () => {
  it('reads the calendar day in Rome, not in UTC', () => {
    // 23:30 UTC on 31 March is already 1 April in Rome (summer time, UTC+2).
    expect(romeDay(new Date('2025-03-31T23:30:00Z'))).toBe('2025-04-01');
    expect(romeDay(new Date('2025-01-15T22:59:00Z'))).toBe('2025-01-15');
  });

  it('accepts only real calendar days', () => {
    expect(isCalendarDay('2025-02-28')).toBe(true);
    expect(isCalendarDay('2025-02-30')).toBe(false);
    expect(isCalendarDay('28/02/2025')).toBe(false);
  });

  it('refuses a meeting that ends before it starts, or lasts more than a day', () => {
    const start = new Date('2025-03-03T13:30:00Z');
    expect(meetingTimeProblems(start, new Date('2025-03-03T15:00:00Z'))).toEqual([]);
    expect(meetingTimeProblems(start, start)[0]!.field).toBe('endsAt');
    expect(meetingTimeProblems(start, new Date('2025-03-03T12:00:00Z'))[0]!.message).toContain("dopo l'inizio");
    expect(meetingTimeProblems(start, new Date('2025-03-05T12:00:00Z'))[0]!.message).toContain('24 ore');
    expect(meetingTimeProblems(new Date('x'), start)[0]!.field).toBe('startsAt');
  });

  it('refuses action items due in the past, today is fine', () => {
    const now = new Date('2025-06-10T08:00:00Z');
    expect(dueDateProblem('2025-06-10', now)).toBeNull();
    expect(dueDateProblem('2025-06-09', now)).toContain('passato');
    expect(dueDateProblem('2025-13-01', now)).toContain('valida');
  });

  it('says when a meeting is, in Italian and in Rome time', () => {
    expect(meetingWhen(new Date('2025-03-03T13:30:00Z'), new Date('2025-03-03T15:00:00Z'))).toBe('lunedì 3 marzo 2025, 14:30–16:00');
  });
});
