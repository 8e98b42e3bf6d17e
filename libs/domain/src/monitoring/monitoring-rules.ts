/** Rules of the plan's monitoring (Prologo 2025-2027): semesters, units, action statuses, progress. */

export const PLAN_YEARS = [2025, 2026, 2027] as const;
export const SEMESTERS = PLAN_YEARS.flatMap((y) => [`${y}-H1`, `${y}-H2`]) as readonly string[];

/** "2025-H1" → its year and half; null when outside the plan (2025–2027) or malformed. */
export function parseSemester(value: string): { year: number; half: 1 | 2 } | null {
  const m = /^(\d{4})-H([12])$/.exec(value);
  if (!m || !SEMESTERS.includes(value)) return null;
  return { year: Number(m[1]), half: Number(m[2]) as 1 | 2 };
}

/** First and last calendar day of a semester (YYYY-MM-DD, inclusive). */
export function semesterDays(value: string): { from: string; to: string } {
  const s = parseSemester(value);
  if (!s) throw new Error(`not a semester of the plan: ${value}`);
  return s.half === 1 ? { from: `${s.year}-01-01`, to: `${s.year}-06-30` } : { from: `${s.year}-07-01`, to: `${s.year}-12-31` };
}

export const semesterProblem = (value: string) =>
  parseSemester(value) ? null : `Il semestre deve essere del piano 2025-2027 (da 2025-H1 a 2027-H2), non «${value}»`;

export const INDICATOR_UNITS = ['COUNT', 'PERCENT', 'EUR', 'NUMBER'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

export const UNIT_LABEL: Record<IndicatorUnit, string> = { COUNT: 'numero', PERCENT: '%', EUR: 'euro', NUMBER: 'valore' };

/** Whether a value (baseline, target or measure) makes sense in the indicator's unit. */
export function valueProblem(unit: IndicatorUnit, value: number): string | null {
  if (!Number.isFinite(value)) return 'Il valore deve essere un numero';
  switch (unit) {
    case 'COUNT':
      return Number.isInteger(value) && value >= 0 ? null : 'Un conteggio è un numero intero non negativo';
    case 'PERCENT':
      return value >= 0 && value <= 100 ? null : 'Una percentuale è tra 0 e 100';
    case 'EUR':
      return value >= 0 && Math.round(value * 100) === value * 100 ? null : 'Un importo in euro è non negativo, con al massimo due decimali';
    case 'NUMBER':
      return null;
  }
}

export const ACTION_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'AT_RISK', 'DROPPED'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Marking an action at risk or dropped needs a reason the Collegio can read. */
export function actionStatusProblem(status: ActionStatus, justification: string | null | undefined): string | null {
  if ((status === 'AT_RISK' || status === 'DROPPED') && (justification?.trim().length ?? 0) < 5) {
    return status === 'AT_RISK' ? 'Spiega perché l’azione è a rischio (almeno 5 caratteri)' : 'Spiega perché l’azione è abbandonata (almeno 5 caratteri)';
  }
  return null;
}

export type Direction = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';

/**
 * How far the latest value has gone from the baseline toward the target, 0–1 (capped), or null
 * when it cannot be said (no value, no target, or target equal to baseline).
 */
export function progressTowardTarget(baseline: number | null, target: number | null, latest: number | null, direction: Direction): number | null {
  if (latest === null || target === null) return null;
  const start = baseline ?? 0;
  const span = target - start;
  if (span === 0) return null;
  const done = (latest - start) / span;
  if ((direction === 'HIGHER_IS_BETTER' && span < 0) || (direction === 'LOWER_IS_BETTER' && span > 0)) return null;
  return Math.max(0, Math.min(1, done));
}
