import { describe, expect, it } from 'vitest';
import type { DashboardObjective, GridAction } from './monitoring-types';
import { actionInYear, barSegments, countByStatus, doneAndAtRisk, normalizeCounts, planGrid } from './plan-grid';

const action = (id: string, year: number | null, years: number[], status: GridAction['status'] = 'NOT_STARTED'): GridAction => ({
  id,
  year,
  years,
  status,
});

const objective = (id: string, track: DashboardObjective['track'], number: number, actions: GridAction[]): DashboardObjective => ({
  id,
  track,
  number,
  title: id,
  actions,
});

describe('actionInYear', () => {
  it('counts an action in its own year only', () => {
    expect([2025, 2026, 2027].map((y) => actionInYear(action('a', 2026, []), y))).toEqual([false, true, false]);
  });

  it('counts a multi-year action in each of its years', () => {
    expect([2025, 2026, 2027].map((y) => actionInYear(action('a', null, [2026, 2027]), y))).toEqual([false, true, true]);
  });

  it('counts an action of the whole triennium (no year, no years) in every year, as the API does', () => {
    expect([2025, 2026, 2027].map((y) => actionInYear(action('a', null, []), y))).toEqual([true, true, true]);
  });
});

describe('planGrid', () => {
  const sut = planGrid([
    objective('soc-1', 'SOCIALE', 1, [action('s1', 2025, [], 'DONE')]),
    objective('iss-5', 'INTEGRAZIONE_SOCIOSANITARIA', 5, [
      action('a', 2025, [], 'DONE'),
      action('b', 2025, [], 'AT_RISK'),
      action('c', 2026, []),
      action('d', null, [2026, 2027], 'IN_PROGRESS'),
    ]),
    objective('iss-2', 'INTEGRAZIONE_SOCIOSANITARIA', 2, []),
  ]);

  it('groups objectives by track, in the Prologo’s order, each track by number', () => {
    expect(sut.map((g) => g.track)).toEqual(['INTEGRAZIONE_SOCIOSANITARIA', 'SOCIALE']);
    expect(sut[0]!.rows.map((r) => r.objective.id)).toEqual(['iss-2', 'iss-5']);
  });

  it('gives each objective one cell per plan year with its actions by status', () => {
    const iss5 = sut[0]!.rows[1]!;
    expect(iss5.cells.map((c) => [c.year, c.total])).toEqual([
      [2025, 2],
      [2026, 2],
      [2027, 1],
    ]);
    const counts2025 = Object.fromEntries(iss5.cells[0]!.counts.map((c) => [c.status, c.count]));
    expect(counts2025).toEqual({ NOT_STARTED: 0, IN_PROGRESS: 0, DONE: 1, AT_RISK: 1, DROPPED: 0 });
  });

  it('keeps an objective without actions, with empty cells', () => {
    expect(sut[0]!.rows[0]!.cells.every((c) => c.total === 0)).toBe(true);
  });
});

describe('status counts and bars', () => {
  it('count every status, in order, zeros included', () => {
    expect(countByStatus([{ status: 'DONE' }, { status: 'DONE' }, { status: 'DROPPED' }]).map((c) => c.count)).toEqual([0, 0, 2, 0, 1]);
  });

  it('normalise the API’s counts, ignoring statuses the web does not know', () => {
    expect(normalizeCounts([{ status: 'AT_RISK', count: 2 }, { status: 'SOMETHING', count: 9 }]).map((c) => c.count)).toEqual([0, 0, 0, 2, 0]);
  });

  it('turn counts into bar segments that add up to 100%, leaving out empty statuses', () => {
    const sut = barSegments(countByStatus([{ status: 'DONE' }, { status: 'IN_PROGRESS' }, { status: 'IN_PROGRESS' }, { status: 'NOT_STARTED' }]));
    expect(sut.map((s) => [s.status, s.percent])).toEqual([
      ['NOT_STARTED', 25],
      ['IN_PROGRESS', 50],
      ['DONE', 25],
    ]);
  });

  it('draw no bar for an empty cell', () => {
    expect(barSegments(countByStatus([]))).toEqual([]);
  });

  it('pick out done and at-risk actions', () => {
    expect(doneAndAtRisk([{ status: 'DONE', count: 3 }, { status: 'AT_RISK', count: 1 }, { status: 'NOT_STARTED', count: 2 }])).toEqual({
      done: 3,
      atRisk: 1,
      total: 6,
    });
  });
});
