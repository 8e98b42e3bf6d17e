import { monitoringText } from '../../i18n/monitoring';
import { parseDecimal, typedValueProblem } from './indicator-values';
import type { ComputedIndicator, IndicatorDirection, IndicatorInput, IndicatorUnit } from './monitoring-types';
import { PLAN_YEARS } from './semesters';

/** "Nuovo indicatore" as typed: numbers as text, the source as "manual" or a computed kind. */
export interface IndicatorFormValues {
  name: string;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  baselineValue: string;
  baselineDate: string;
  dataSource: string;
  source: 'MANUAL' | ComputedIndicator;
  isPublic: boolean;
  /** The target per plan year, as typed ("" for none). */
  targets: Record<number, string>;
}

export function emptyIndicatorValues(): IndicatorFormValues {
  return {
    name: '',
    unit: 'COUNT',
    direction: 'HIGHER_IS_BETTER',
    baselineValue: '',
    baselineDate: '',
    dataSource: '',
    source: 'MANUAL',
    isPublic: true,
    targets: Object.fromEntries(PLAN_YEARS.map((year) => [year, ''])),
  };
}

/** Problems by field; a target's problem is under `targets.<year>`. */
export type IndicatorProblems = Record<string, string>;

/** What the form can tell before asking the API (which checks everything again). */
export function indicatorProblems(values: IndicatorFormValues): IndicatorProblems {
  const t = monitoringText.indicatorForm;
  const problems: IndicatorProblems = {};
  if (values.name.trim().length < 3) problems['name'] = t.requiredName;
  const baseline = typedValueProblem(values.unit, values.baselineValue, false);
  if (baseline) problems['baselineValue'] = baseline;
  if (values.baselineDate && !/^\d{4}-\d{2}-\d{2}$/.test(values.baselineDate)) problems['baselineDate'] = t.invalidDate;
  for (const year of PLAN_YEARS) {
    const problem = typedValueProblem(values.unit, values.targets[year] ?? '', false);
    if (problem) problems[`targets.${year}`] = problem;
  }
  return problems;
}

/** The API input, and the year of each target in the order sent (to place the API's `targets.<i>` problems). */
export function toIndicatorInput(values: IndicatorFormValues): { input: IndicatorInput; targetYears: number[] } {
  const targets = PLAN_YEARS.flatMap((year) => {
    const parsed = parseDecimal(values.targets[year] ?? '');
    return parsed.kind === 'number' ? [{ year, value: parsed.value }] : [];
  });
  const baseline = parseDecimal(values.baselineValue);
  return {
    input: {
      name: values.name.trim(),
      unit: values.unit,
      direction: values.direction,
      baselineValue: baseline.kind === 'number' ? baseline.value : null,
      baselineDate: values.baselineDate || null,
      dataSource: values.dataSource.trim() || null,
      computed: values.source === 'MANUAL' ? null : values.source,
      isPublic: values.isPublic,
      targets,
    },
    targetYears: targets.map((t) => t.year),
  };
}

/**
 * Where the form shows a problem the API reported at `path` (already without "input."):
 * "targets.1.value" is the second target sent, shown under its year.
 */
export function formPathOf(path: string, targetYears: readonly number[]): string {
  const target = /^targets\.(\d+)(\.\w+)?$/.exec(path);
  if (!target) return path;
  const year = targetYears[Number(target[1])];
  return year === undefined ? path : `targets.${year}`;
}

/** The form paths that have a control next to which a problem can be shown. */
export const SHOWN_INDICATOR_PATHS = ['name', 'unit', 'direction', 'baselineValue', 'baselineDate', 'dataSource', 'computed', 'isPublic', ...PLAN_YEARS.map((y) => `targets.${y}`)];
