import { describe, expect, it } from 'vitest';
import { emptyIndicatorValues, formPathOf, indicatorProblems, toIndicatorInput, type IndicatorFormValues } from './indicator-form-values';

const values = (changes: Partial<IndicatorFormValues>): IndicatorFormValues => ({ ...emptyIndicatorValues(), ...changes });

describe('indicatorProblems', () => {
  it('wants a name and values that fit the unit', () => {
    const sut = indicatorProblems(values({ name: 'x', unit: 'PERCENT', baselineValue: '120', targets: { 2025: '', 2026: '50', 2027: 'molti' } }));
    expect(Object.keys(sut).sort()).toEqual(['baselineValue', 'name', 'targets.2027']);
  });

  it('accepts a complete indicator', () => {
    expect(indicatorProblems(values({ name: 'Ambiti che sperimentano', baselineValue: '0', targets: { 2025: '1', 2026: '3', 2027: '' } }))).toEqual({});
  });
});

describe('toIndicatorInput', () => {
  it('sends numbers, leaves out the years without a target and says which year each target is', () => {
    const sut = toIndicatorInput(
      values({ name: ' Ambiti ', baselineValue: '2,5', unit: 'NUMBER', targets: { 2025: '', 2026: '3', 2027: '4,5' }, dataSource: '  ', source: 'MEETINGS_HELD' }),
    );
    expect(sut.input).toEqual({
      name: 'Ambiti',
      unit: 'NUMBER',
      direction: 'HIGHER_IS_BETTER',
      baselineValue: 2.5,
      baselineDate: null,
      dataSource: null,
      computed: 'MEETINGS_HELD',
      isPublic: true,
      targets: [
        { year: 2026, value: 3 },
        { year: 2027, value: 4.5 },
      ],
    });
    expect(sut.targetYears).toEqual([2026, 2027]);
  });
});

describe('formPathOf', () => {
  it('places the API’s problem on the nth target sent under its year', () => {
    expect(formPathOf('targets.1.value', [2026, 2027])).toBe('targets.2027');
    expect(formPathOf('targets.0.year', [2026, 2027])).toBe('targets.2026');
  });

  it('leaves other paths alone', () => {
    expect(formPathOf('baselineValue', [])).toBe('baselineValue');
    expect(formPathOf('targets.5.value', [2025])).toBe('targets.5.value');
  });
});
