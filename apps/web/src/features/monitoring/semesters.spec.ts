import { describe, expect, it } from 'vitest';
import { currentSemester, isSemester, SEMESTERS, semesterFromParam, semesterHalf, semesterOf, semesterYear, yearFromParam } from './semesters';

describe('SEMESTERS', () => {
  it('lists the six half-years of the plan, in order', () => {
    expect(SEMESTERS).toEqual(['2025-H1', '2025-H2', '2026-H1', '2026-H2', '2027-H1', '2027-H2']);
  });

  it('knows a semester of the plan from anything else', () => {
    expect(isSemester('2026-H2')).toBe(true);
    expect(isSemester('2024-H2')).toBe(false);
    expect(isSemester('2026-H3')).toBe(false);
    expect(isSemester(null)).toBe(false);
  });

  it('reads the year and the half', () => {
    expect(semesterYear('2027-H1')).toBe(2027);
    expect(semesterHalf('2027-H1')).toBe(1);
    expect(semesterHalf('2025-H2')).toBe(2);
  });
});

describe('semesterOf', () => {
  it('puts January to June in the first half and July to December in the second', () => {
    expect(semesterOf('2026-06-30')).toBe('2026-H1');
    expect(semesterOf('2026-07-01')).toBe('2026-H2');
  });

  it('keeps days before and after the plan inside it', () => {
    expect(semesterOf('2024-11-20')).toBe('2025-H1');
    expect(semesterOf('2028-02-01')).toBe('2027-H2');
  });

  it('takes the day in Rome: New Year’s Eve at 23:30 UTC is already January there', () => {
    expect(currentSemester(new Date('2025-12-31T23:30:00Z'))).toBe('2026-H1');
  });
});

describe('URL parameters', () => {
  const now = new Date('2026-03-10T10:00:00Z');

  it('use the semester in the URL when it is one of the plan’s, otherwise today’s', () => {
    expect(semesterFromParam('2025-H2', now)).toBe('2025-H2');
    expect(semesterFromParam('2030-H1', now)).toBe('2026-H1');
    expect(semesterFromParam(null, now)).toBe('2026-H1');
  });

  it('use a plan year, or none', () => {
    expect(yearFromParam('2026')).toBe(2026);
    expect(yearFromParam('2024')).toBeNull();
    expect(yearFromParam('')).toBeNull();
    expect(yearFromParam(null)).toBeNull();
  });
});
