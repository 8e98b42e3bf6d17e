/**
 * Meetings happen in the province of Bergamo: their times are entered and shown in Europe/Rome,
 * whatever zone the browser is in, and sent to the API as ISO 8601 with Rome's offset that day.
 */
export const ROME = 'Europe/Rome';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;
const MINUTE = 60_000;

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ROME,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface RomeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function romeParts(instant: number): RomeParts {
  const found: Record<string, number> = {};
  for (const part of parts.formatToParts(new Date(instant))) {
    if (part.type !== 'literal') found[part.type] = Number(part.value);
  }
  return { year: found['year']!, month: found['month']!, day: found['day']!, hour: found['hour']!, minute: found['minute']! };
}

/** Rome's offset from UTC, in minutes, at an instant (60 in winter, 120 in summer). */
export function romeOffsetMinutes(instant: number): number {
  const p = romeParts(instant);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((asUtc - Math.floor(instant / MINUTE) * MINUTE) / MINUTE);
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoWithOffset(instant: number): string {
  const p = romeParts(instant);
  const offset = romeOffsetMinutes(instant);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * "2025-07-01" + "10:30" in Rome → "2025-07-01T10:30:00+02:00"; null for a malformed or
 * impossible date or time. On the night clocks change: a time that occurs twice (late October,
 * 02:00–02:59) is the first one, still summer time; a time that does not exist (late March,
 * 02:00–02:59) moves forward an hour, as clocks do.
 */
export function romeLocalToIso(date: string, time: string): string | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])];
  if (hour > 23 || minute > 59) return null;
  const local = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(local);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;

  // The offset can only be the one a few hours before or after: try both, keep those that fit.
  const before = romeOffsetMinutes(local - 3 * 60 * MINUTE);
  const after = romeOffsetMinutes(local + 3 * 60 * MINUTE);
  const fitting = [...new Set([before, after])]
    .filter((offset) => romeOffsetMinutes(local - offset * MINUTE) === offset)
    .sort((a, b) => b - a);
  const offset = fitting[0] ?? before;
  return isoWithOffset(local - offset * MINUTE);
}

/** An instant as Rome's calendar day and clock time, for the date and time inputs of a form. */
export function isoToRomeLocal(iso: string): { date: string; time: string } {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return { date: '', time: '' };
  const p = romeParts(instant);
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** Today in Rome as YYYY-MM-DD (the earliest due date of an action item). */
export function romeToday(now: Date = new Date()): string {
  return isoToRomeLocal(now.toISOString()).date;
}

const dayFormat = new Intl.DateTimeFormat('it-IT', { timeZone: ROME, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('it-IT', { timeZone: ROME, hour: '2-digit', minute: '2-digit' });
const dateTimeFormat = new Intl.DateTimeFormat('it-IT', { timeZone: ROME, dateStyle: 'long', timeStyle: 'short' });
const dateFormat = new Intl.DateTimeFormat('it-IT', { timeZone: ROME, dateStyle: 'long' });

/** "martedì 1 luglio 2025, 10:30–12:00" (Rome), or across two days when it ends on another one. */
export function formatMeetingWhen(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${startsAt} – ${endsAt}`;
  return isoToRomeLocal(startsAt).date === isoToRomeLocal(endsAt).date
    ? `${dayFormat.format(start)}, ${timeFormat.format(start)}–${timeFormat.format(end)}`
    : `${dayFormat.format(start)}, ${timeFormat.format(start)} – ${dayFormat.format(end)}, ${timeFormat.format(end)}`;
}

/** "1 luglio 2025 alle ore 10:30", in Rome. */
export function formatRomeDateTime(iso: string): string {
  const value = new Date(iso);
  return Number.isNaN(value.getTime()) ? iso : dateTimeFormat.format(value);
}

/** "1 luglio 2025", in Rome; also takes a bare YYYY-MM-DD (a due date) as that day. */
export function formatRomeDate(value: string): string {
  const day = DATE.exec(value);
  if (day) return dateFormat.format(new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 12)));
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}
