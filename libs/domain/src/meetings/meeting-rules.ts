/** Rules of meetings and minutes that need no database: dates as people in the province read them. */

export const MEETING_TIME_ZONE = 'Europe/Rome';

/** Today's calendar day in Europe/Rome, as YYYY-MM-DD. */
export function romeDay(at: Date): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: MEETING_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** A real calendar day written as YYYY-MM-DD (rejects 2025-02-30). */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export interface MeetingTimeProblem {
  field: 'startsAt' | 'endsAt';
  message: string;
}

/** What is wrong with a meeting's start and end, if anything (at most 24 hours long). */
export function meetingTimeProblems(startsAt: Date, endsAt: Date): MeetingTimeProblem[] {
  if (Number.isNaN(startsAt.getTime())) return [{ field: 'startsAt', message: "Indica una data e un'ora di inizio valide" }];
  if (Number.isNaN(endsAt.getTime())) return [{ field: 'endsAt', message: "Indica una data e un'ora di fine valide" }];
  if (endsAt.getTime() <= startsAt.getTime()) return [{ field: 'endsAt', message: "L'incontro deve finire dopo l'inizio" }];
  if (endsAt.getTime() - startsAt.getTime() > 24 * 3600_000) return [{ field: 'endsAt', message: "Un incontro non può durare più di 24 ore" }];
  return [];
}

/** An action item may not be due before today (Europe/Rome). */
export function dueDateProblem(dueDate: string, now: Date): string | null {
  if (!isCalendarDay(dueDate)) return 'Indica una scadenza valida (AAAA-MM-GG)';
  if (dueDate < romeDay(now)) return 'La scadenza non può essere nel passato';
  return null;
}

/** "lunedì 3 marzo 2025, 14:30–16:00" in Europe/Rome. */
export function meetingWhen(startsAt: Date, endsAt: Date): string {
  const day = new Intl.DateTimeFormat('it-IT', { timeZone: MEETING_TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const time = new Intl.DateTimeFormat('it-IT', { timeZone: MEETING_TIME_ZONE, hour: '2-digit', minute: '2-digit' });
  const sameDay = romeDay(startsAt) === romeDay(endsAt);
  return sameDay
    ? `${day.format(startsAt)}, ${time.format(startsAt)}–${time.format(endsAt)}`
    : `${day.format(startsAt)}, ${time.format(startsAt)} – ${day.format(endsAt)}, ${time.format(endsAt)}`;
}
