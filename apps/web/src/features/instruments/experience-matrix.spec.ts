import { describe, expect, it } from 'vitest';
import { formatYears, intensityLevel, shapeExperienceMatrix } from './experience-matrix';
import type { ExperienceMatrix } from './instrument-types';

const matrix: ExperienceMatrix = {
  ambiti: [
    { id: 'bergamo', name: 'Bergamo' },
    { id: 'dalmine', name: 'Dalmine' },
  ],
  instruments: [
    { id: 'co-programmazione', name: 'Co-programmazione', family: 'COLLABORATIVE' },
    { id: 'co-progettazione', name: 'Co-progettazione', family: 'COLLABORATIVE' },
    { id: 'appalto-servizi-sociali', name: 'Appalto di servizi sociali', family: 'COMPETITIVE' },
  ],
  cells: [
    { ambitoId: 'dalmine', instrumentId: 'co-progettazione', count: 2, years: [2023, 2024] },
    { ambitoId: 'bergamo', instrumentId: 'appalto-servizi-sociali', count: 1, years: [2022] },
    { ambitoId: null, instrumentId: 'co-progettazione', count: 1, years: [2025] },
  ],
  total: 4,
};

describe('shapeExperienceMatrix', () => {
  const sut = shapeExperienceMatrix(matrix);

  it('has a column only for the instruments with at least one experience, in catalogue order', () => {
    expect(sut.columns.map((c) => c.id)).toEqual(['co-progettazione', 'appalto-servizi-sociali']);
  });

  it('has a row per Ambito in order, then the provincial row', () => {
    expect(sut.rows.map((r) => r.ambito?.id ?? null)).toEqual(['bergamo', 'dalmine', null]);
    expect(sut.rows[1]!.cells.map((c) => c?.count ?? 0)).toEqual([2, 0]);
    expect(sut.rows[2]!.cells[0]).toMatchObject({ count: 1, years: [2025] });
  });

  it('adds up rows, columns and the whole', () => {
    expect(sut.rows.map((r) => r.total)).toEqual([1, 2, 1]);
    expect(sut.columnTotals).toEqual([3, 1]);
    expect(sut.total).toBe(4);
  });

  it('keeps an Ambito the list does not know as its own row', () => {
    const strays = shapeExperienceMatrix({ ...matrix, cells: [{ ambitoId: 'altrove', instrumentId: 'co-programmazione', count: 1, years: [2024] }] });
    expect(strays.rows.map((r) => r.ambito?.name ?? null)).toEqual(['Bergamo', 'Dalmine', 'altrove', null]);
    expect(strays.total).toBe(1);
  });

  it('has no columns and all-zero rows without experiences', () => {
    const empty = shapeExperienceMatrix({ ...matrix, cells: [], total: 0 });
    expect(empty.columns).toEqual([]);
    expect(empty.rows).toHaveLength(3);
    expect(empty.total).toBe(0);
  });
});

describe('intensityLevel', () => {
  it('is 0 without experiences and grows to 4 for the busiest Ambito', () => {
    expect(intensityLevel(0, 5)).toBe(0);
    expect(intensityLevel(1, 8)).toBe(1);
    expect(intensityLevel(4, 8)).toBe(2);
    expect(intensityLevel(8, 8)).toBe(4);
    expect(intensityLevel(3, 0)).toBe(0);
  });
});

describe('formatYears', () => {
  it('joins consecutive years into spans', () => {
    expect(formatYears([2021, 2019, 2022, 2023, 2023])).toBe('2019, 2021–2023');
    expect(formatYears([2024])).toBe('2024');
    expect(formatYears([])).toBe('');
  });
});
