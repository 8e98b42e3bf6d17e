import { describe, expect, it } from 'vitest';
import { actionStatusProblem, parseSemester, progressTowardTarget, SEMESTERS, semesterDays, semesterProblem, valueProblem } from './monitoring-rules';

describe('monitoring rules', () => {
  it('knows the six semesters of the plan and nothing else', () => {
    expect(SEMESTERS).toEqual(['2025-H1', '2025-H2', '2026-H1', '2026-H2', '2027-H1', '2027-H2']);
    expect(parseSemester('2026-H2')).toEqual({ year: 2026, half: 2 });
    expect(parseSemester('2024-H2')).toBeNull();
    expect(parseSemester('2028-H1')).toBeNull();
    expect(semesterProblem('2025-H3')).toContain('2025-H1 a 2027-H2');
    expect(semesterDays('2025-H2')).toEqual({ from: '2025-07-01', to: '2025-12-31' });
  });

  it('checks values against the unit', () => {
    expect(valueProblem('COUNT', 3)).toBeNull();
    expect(valueProblem('COUNT', 2.5)).toContain('intero');
    expect(valueProblem('COUNT', -1)).toContain('intero');
    expect(valueProblem('PERCENT', 150)).toContain('tra 0 e 100');
    expect(valueProblem('EUR', 10.005)).toContain('due decimali');
    expect(valueProblem('EUR', 1200.5)).toBeNull();
    expect(valueProblem('NUMBER', -3.2)).toBeNull();
    expect(valueProblem('NUMBER', Number.NaN)).toContain('numero');
  });

  it('asks a reason for actions at risk or dropped', () => {
    expect(actionStatusProblem('AT_RISK', '')).toContain('a rischio');
    expect(actionStatusProblem('DROPPED', 'no')).toContain('abbandonata');
    expect(actionStatusProblem('AT_RISK', 'Manca il personale')).toBeNull();
    expect(actionStatusProblem('DONE', null)).toBeNull();
  });

  it('measures progress from baseline toward target in the right direction', () => {
    // "almeno in tre distretti/ambiti": baseline 0, target 3.
    expect(progressTowardTarget(0, 3, 2, 'HIGHER_IS_BETTER')).toBeCloseTo(2 / 3);
    expect(progressTowardTarget(0, 3, 5, 'HIGHER_IS_BETTER')).toBe(1);
    expect(progressTowardTarget(40, 20, 30, 'LOWER_IS_BETTER')).toBe(0.5);
    expect(progressTowardTarget(0, 3, null, 'HIGHER_IS_BETTER')).toBeNull();
    expect(progressTowardTarget(3, 3, 3, 'HIGHER_IS_BETTER')).toBeNull();
  });
});
