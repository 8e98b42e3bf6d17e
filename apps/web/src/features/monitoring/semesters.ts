import { romeToday } from '../meetings/rome-time';

/** The years of the Prologo 2025-2027, the plan being monitored. */
export const PLAN_YEARS = [2025, 2026, 2027] as const;
export type PlanYear = (typeof PLAN_YEARS)[number];

/** "2025-H1" … "2027-H2", in order: the half-years a report or a value belongs to. */
export const SEMESTERS = PLAN_YEARS.flatMap((year) => [`${year}-H1`, `${year}-H2`]);

export function isSemester(value: string | null | undefined): value is string {
  return value !== null && value !== undefined && SEMESTERS.includes(value);
}

export function isPlanYear(value: number): value is PlanYear {
  return (PLAN_YEARS as readonly number[]).includes(value);
}

/** "2026-H2" → 2026. */
export function semesterYear(semester: string): number {
  return Number(semester.slice(0, 4));
}

/** "2026-H2" → 2. */
export function semesterHalf(semester: string): 1 | 2 {
  return semester.endsWith('H1') ? 1 : 2;
}

/**
 * The semester a day (YYYY-MM-DD, Rome) falls in, kept inside the plan: before 2025 the first
 * semester, after 2027 the last. It is the default of every semester selector.
 */
export function semesterOf(day: string): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const first = SEMESTERS[0]!;
  const last = SEMESTERS[SEMESTERS.length - 1]!;
  if (year < PLAN_YEARS[0]) return first;
  if (year > PLAN_YEARS[PLAN_YEARS.length - 1]!) return last;
  return `${year}-H${month <= 6 ? 1 : 2}`;
}

/** Today's semester in Rome (see semesterOf). */
export function currentSemester(now: Date = new Date()): string {
  return semesterOf(romeToday(now));
}

/** The semester asked for in the URL when it is one of the plan's, otherwise today's. */
export function semesterFromParam(value: string | null, now: Date = new Date()): string {
  return isSemester(value) ? value : currentSemester(now);
}

/** A plan year asked for in the URL ("?anno=2026"), or null for every year. */
export function yearFromParam(value: string | null): PlanYear | null {
  const year = Number(value);
  return value && isPlanYear(year) ? year : null;
}
