import { monitoringText } from '../../i18n/monitoring';
import type { Indicator, IndicatorUnit, IndicatorValueEntry } from './monitoring-types';
import { SEMESTERS, semesterYear } from './semesters';

export type ParsedNumber = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

/**
 * A number as typed in Italian: "12", "12,5", "1.234,50" (dot for thousands, comma for decimals)
 * or "12.5". Empty is not an error here: whether a value is required is the form's call.
 */
export function parseDecimal(text: string): ParsedNumber {
  const trimmed = text.trim().replace(/\s/g, '');
  if (!trimmed) return { kind: 'empty' };
  const normal = trimmed.includes(',') ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed;
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return { kind: 'invalid' };
  return { kind: 'number', value: Number(normal) };
}

/** Whether a value makes sense in the unit (the API checks the same and has the last word). */
export function unitProblem(unit: IndicatorUnit, value: number): string | null {
  const t = monitoringText.indicatorForm;
  switch (unit) {
    case 'COUNT':
      return Number.isInteger(value) && value >= 0 ? null : t.countProblem;
    case 'PERCENT':
      return value >= 0 && value <= 100 ? null : t.percentProblem;
    case 'EUR':
      return value >= 0 && Math.round(value * 100) === value * 100 ? null : t.euroProblem;
    case 'NUMBER':
      return null;
  }
}

/** The problem with a typed value, or null: required, a number, right for the unit. */
export function typedValueProblem(unit: IndicatorUnit, text: string, required: boolean): string | null {
  const parsed = parseDecimal(text);
  if (parsed.kind === 'empty') return required ? monitoringText.indicatorForm.requiredValue : null;
  if (parsed.kind === 'invalid') return monitoringText.indicatorForm.notANumber;
  return unitProblem(unit, parsed.value);
}

const count = new Intl.NumberFormat('it-IT', { useGrouping: 'always', maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('it-IT', { useGrouping: 'always', maximumFractionDigits: 2 });
const euro = new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR', useGrouping: 'always' });

/** A value in its unit: "1.234", "45,5%", "1.234,50 €", "3,75"; a dash when there is none. */
export function formatIndicatorValue(unit: IndicatorUnit, value: number | null | undefined): string {
  if (value === null || value === undefined) return monitoringText.common.noValue;
  switch (unit) {
    case 'COUNT':
      return count.format(value);
    case 'PERCENT':
      return `${decimal.format(value)}%`;
    case 'EUR':
      return euro.format(value);
    case 'NUMBER':
      return decimal.format(value);
  }
}

/** 0.4567 → "46%" (progress toward a target). */
export function formatProgress(progress: number): string {
  return `${Math.round(progress * 100)}%`;
}

export interface HistoryRow extends IndicatorValueEntry {
  /** A later value for a semester that already had one. */
  correction: boolean;
  /** Replaced by a later value for the same semester. */
  superseded: boolean;
}

/** Every entered value, by semester then in the order entered, with corrections marked. */
export function historyRows(history: readonly IndicatorValueEntry[]): HistoryRow[] {
  const ordered = [...history].sort((a, b) => a.semester.localeCompare(b.semester) || a.enteredAt.localeCompare(b.enteredAt));
  const seen = new Set<string>();
  return ordered.map((entry) => {
    const correction = seen.has(entry.semester);
    seen.add(entry.semester);
    return { ...entry, correction, superseded: !entry.current };
  });
}

export interface ChartRow {
  semester: string;
  value: number | null;
  /** The target of the semester's year, if any. */
  target: number | null;
}

/** The six semesters of the plan with the value that counts and the year's target. */
export function chartRows(indicator: Pick<Indicator, 'bySemester' | 'targets'>): ChartRow[] {
  return SEMESTERS.map((semester) => ({
    semester,
    value: indicator.bySemester.find((s) => s.semester === semester)?.value ?? null,
    target: indicator.targets.find((t) => t.year === semesterYear(semester))?.value ?? null,
  }));
}
