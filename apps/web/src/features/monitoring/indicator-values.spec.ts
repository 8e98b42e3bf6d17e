import { describe, expect, it } from 'vitest';
import { chartRows, formatIndicatorValue, formatProgress, historyRows, parseDecimal, typedValueProblem, unitProblem } from './indicator-values';
import type { IndicatorValueEntry } from './monitoring-types';

describe('parseDecimal', () => {
  it('reads Italian and plain decimals', () => {
    expect(parseDecimal('12,5')).toEqual({ kind: 'number', value: 12.5 });
    expect(parseDecimal('1.234,50')).toEqual({ kind: 'number', value: 1234.5 });
    expect(parseDecimal('12.5')).toEqual({ kind: 'number', value: 12.5 });
    expect(parseDecimal(' -3 ')).toEqual({ kind: 'number', value: -3 });
  });

  it('tells empty from invalid', () => {
    expect(parseDecimal('  ')).toEqual({ kind: 'empty' });
    expect(parseDecimal('dodici')).toEqual({ kind: 'invalid' });
    expect(parseDecimal('1,2,3')).toEqual({ kind: 'invalid' });
  });
});

describe('unit checks', () => {
  it('want whole non-negative counts, percentages within 0–100 and euros with cents at most', () => {
    expect(unitProblem('COUNT', 3)).toBeNull();
    expect(unitProblem('COUNT', 2.5)).not.toBeNull();
    expect(unitProblem('PERCENT', 101)).not.toBeNull();
    expect(unitProblem('EUR', 10.25)).toBeNull();
    expect(unitProblem('EUR', 10.255)).not.toBeNull();
    expect(unitProblem('NUMBER', -7.125)).toBeNull();
  });

  it('say what is wrong with a typed value', () => {
    expect(typedValueProblem('COUNT', '', true)).toMatch(/valore/i);
    expect(typedValueProblem('COUNT', '', false)).toBeNull();
    expect(typedValueProblem('COUNT', 'tre', false)).toMatch(/numero/i);
    expect(typedValueProblem('PERCENT', '45,5', true)).toBeNull();
  });
});

describe('formatIndicatorValue', () => {
  it('writes each unit the Italian way', () => {
    expect(formatIndicatorValue('COUNT', 1234)).toBe('1.234');
    expect(formatIndicatorValue('PERCENT', 45.5)).toBe('45,5%');
    expect(formatIndicatorValue('EUR', 1234.5)).toMatch(/^1\.234,50\s€$/);
    expect(formatIndicatorValue('NUMBER', 3.756)).toBe('3,76');
    expect(formatIndicatorValue('COUNT', null)).toBe('—');
  });

  it('writes progress as a whole percentage', () => {
    expect(formatProgress(0.456)).toBe('46%');
  });
});

describe('historyRows', () => {
  const entry = (id: string, semester: string, enteredAt: string, current: boolean): IndicatorValueEntry => ({
    id,
    semester,
    value: 1,
    note: '',
    enteredByName: null,
    enteredAt,
    current,
  });

  it('marks a later value for the same semester as a correction and the earlier one as replaced', () => {
    const sut = historyRows([
      entry('fix', '2025-H1', '2025-07-10T10:00:00Z', true),
      entry('h2', '2025-H2', '2026-01-05T10:00:00Z', true),
      entry('first', '2025-H1', '2025-07-01T10:00:00Z', false),
    ]);
    expect(sut.map((r) => [r.id, r.correction, r.superseded])).toEqual([
      ['first', false, true],
      ['fix', true, false],
      ['h2', false, false],
    ]);
  });
});

describe('chartRows', () => {
  it('gives the six semesters with their value and their year’s target', () => {
    const sut = chartRows({
      bySemester: [
        { semester: '2025-H2', value: 4 },
        { semester: '2026-H1', value: null },
      ],
      targets: [{ year: 2025, value: 5 }],
    });
    expect(sut).toHaveLength(6);
    expect(sut[1]).toEqual({ semester: '2025-H2', value: 4, target: 5 });
    expect(sut[2]).toEqual({ semester: '2026-H1', value: null, target: null });
  });
});
