import { groupByTrack } from '../objectives/objective-types';
import { ACTION_STATUSES, isActionStatus, type ActionStatus, type DashboardObjective, type GridAction, type StatusCount } from './monitoring-types';
import { PLAN_YEARS } from './semesters';

/**
 * Whether an action belongs to a year, as the API's `actions(filter: {year})` and the semester
 * report count it: its own year, one of its years, or the whole triennium when it names none.
 */
export function actionInYear(action: Pick<GridAction, 'year' | 'years'>, year: number): boolean {
  return action.year === year || action.years.includes(year) || (action.year === null && action.years.length === 0);
}

/** How many actions have each status, every status in the fixed order (zeros included). */
export function countByStatus(actions: readonly Pick<GridAction, 'status'>[]): { status: ActionStatus; count: number }[] {
  return ACTION_STATUSES.map((status) => ({ status, count: actions.filter((a) => a.status === status).length }));
}

/** The API's counts (statuses as strings) in the fixed order, unknown statuses left out. */
export function normalizeCounts(counts: readonly StatusCount[]): { status: ActionStatus; count: number }[] {
  return ACTION_STATUSES.map((status) => ({
    status,
    count: counts.filter((c) => isActionStatus(c.status) && c.status === status).reduce((sum, c) => sum + c.count, 0),
  }));
}

export interface GridCell {
  year: number;
  total: number;
  counts: { status: ActionStatus; count: number }[];
}

export interface GridRow {
  objective: DashboardObjective;
  cells: GridCell[];
}

/** The dashboard: per track, one row per objective (by number), one cell per plan year. */
export function planGrid(objectives: readonly DashboardObjective[], years: readonly number[] = PLAN_YEARS) {
  return groupByTrack(objectives).map(({ track, objectives: inTrack }) => ({
    track,
    rows: inTrack.map(
      (objective): GridRow => ({
        objective,
        cells: years.map((year) => {
          const actions = objective.actions.filter((a) => actionInYear(a, year));
          return { year, total: actions.length, counts: countByStatus(actions) };
        }),
      }),
    ),
  }));
}

export interface BarSegment {
  status: ActionStatus;
  count: number;
  /** Share of the bar, in percent (the segments add up to 100). */
  percent: number;
}

/** The non-empty statuses of a cell as shares of a small bar (nothing for an empty cell). */
export function barSegments(counts: readonly { status: ActionStatus; count: number }[]): BarSegment[] {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  if (total === 0) return [];
  return counts.filter((c) => c.count > 0).map((c) => ({ ...c, percent: (c.count / total) * 100 }));
}

/** Done and at-risk counts, the two figures the provincial summary leads with. */
export function doneAndAtRisk(counts: readonly StatusCount[]): { done: number; atRisk: number; total: number } {
  const normal = normalizeCounts(counts);
  const of = (status: ActionStatus) => normal.find((c) => c.status === status)?.count ?? 0;
  return { done: of('DONE'), atRisk: of('AT_RISK'), total: normal.reduce((sum, c) => sum + c.count, 0) };
}
