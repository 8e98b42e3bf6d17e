import { describe, expect, it } from 'vitest';
import { bands, linePath, targetSteps, valueScale } from './chart-scale';

describe('valueScale', () => {
  it('starts at zero and ends on a round tick above the largest value', () => {
    const sut = valueScale([3, 12, null, 7], 10, 110);
    expect(sut.min).toBe(0);
    expect(sut.max).toBe(15);
    expect(sut.ticks).toEqual([0, 5, 10, 15]);
  });

  it('maps the bottom of the axis to the bottom pixel and the top to the top pixel', () => {
    const sut = valueScale([40], 10, 110);
    expect(sut.y(sut.min)).toBe(110);
    expect(sut.y(sut.max)).toBe(10);
    expect(sut.y((sut.min + sut.max) / 2)).toBe(60);
  });

  it('spans 0–1 when there is nothing to show yet', () => {
    const sut = valueScale([null, null], 0, 100);
    expect([sut.min, sut.max]).toEqual([0, 1]);
    expect(sut.ticks).toEqual([0, 0.5, 1]);
  });

  it('goes below zero for negative values', () => {
    const sut = valueScale([-3, 4], 0, 100);
    expect(sut.min).toBeLessThanOrEqual(-3);
    expect(sut.ticks).toContain(0);
  });

  it('stops a percentage at 100', () => {
    expect(valueScale([95, 60], 0, 100, { cap: 100 }).max).toBe(100);
  });

  it('keeps whole-number ticks for counts', () => {
    expect(valueScale([2], 0, 100, { integer: true }).ticks).toEqual([0, 1, 2]);
  });

  it('writes small ticks without floating-point noise', () => {
    expect(valueScale([0.3], 0, 100).ticks).toEqual([0, 0.1, 0.2, 0.3]);
  });
});

describe('bands', () => {
  it('splits the width into equal bands with their centres', () => {
    expect(bands(3, 0, 300)).toEqual([
      { x: 0, width: 100, center: 50 },
      { x: 100, width: 100, center: 150 },
      { x: 200, width: 100, center: 250 },
    ]);
  });
});

describe('linePath', () => {
  it('draws through the points and lifts the pen at a missing value', () => {
    expect(linePath([{ x: 0, y: 10 }, { x: 10, y: 20 }, { x: 20, y: null }, { x: 30, y: 5 }, { x: 40, y: 6 }])).toBe('M0 10 L10 20 M30 5 L40 6');
  });

  it('draws nothing without values', () => {
    expect(linePath([{ x: 0, y: null }])).toBe('');
  });
});

describe('targetSteps', () => {
  const semesters = ['2025-H1', '2025-H2', '2026-H1', '2026-H2', '2027-H1', '2027-H2'];
  const layout = bands(6, 0, 600);

  it('lays each yearly target over its two semesters', () => {
    expect(targetSteps([{ year: 2026, value: 10 }], semesters, layout)).toEqual([{ year: 2026, value: 10, x1: 200, x2: 400 }]);
  });

  it('draws nothing for a year outside the chart', () => {
    expect(targetSteps([{ year: 2030, value: 1 }], semesters, layout)).toEqual([]);
  });
});
