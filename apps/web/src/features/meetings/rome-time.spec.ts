import { describe, expect, it } from 'vitest';
import { formatMeetingWhen, formatRomeDate, isoToRomeLocal, romeLocalToIso, romeOffsetMinutes, romeToday } from './rome-time';

describe('romeLocalToIso', () => {
  it('uses +01:00 in winter and +02:00 in summer', () => {
    expect(romeLocalToIso('2025-01-15', '10:30')).toBe('2025-01-15T10:30:00+01:00');
    expect(romeLocalToIso('2025-07-01', '10:30')).toBe('2025-07-01T10:30:00+02:00');
    expect(Date.parse(romeLocalToIso('2025-07-01', '10:30')!)).toBe(Date.parse('2025-07-01T08:30:00Z'));
  });

  it('switches on the last Sunday of March: before 02:00 winter, after 03:00 summer', () => {
    expect(romeLocalToIso('2025-03-30', '01:59')).toBe('2025-03-30T01:59:00+01:00');
    expect(romeLocalToIso('2025-03-30', '03:00')).toBe('2025-03-30T03:00:00+02:00');
    expect(romeLocalToIso('2025-03-29', '23:00')).toBe('2025-03-29T23:00:00+01:00');
  });

  it('moves a time that does not exist (02:30 on the March night) forward an hour', () => {
    expect(romeLocalToIso('2025-03-30', '02:30')).toBe('2025-03-30T03:30:00+02:00');
  });

  it('takes the first of a time that occurs twice (02:30 on the October night), then winter time', () => {
    expect(romeLocalToIso('2025-10-26', '02:30')).toBe('2025-10-26T02:30:00+02:00');
    expect(romeLocalToIso('2025-10-26', '03:30')).toBe('2025-10-26T03:30:00+01:00');
    expect(romeLocalToIso('2025-10-25', '18:00')).toBe('2025-10-25T18:00:00+02:00');
    expect(romeLocalToIso('2025-10-27', '18:00')).toBe('2025-10-27T18:00:00+01:00');
  });

  it('refuses malformed or impossible dates and times', () => {
    expect(romeLocalToIso('', '10:00')).toBeNull();
    expect(romeLocalToIso('2025-02-30', '10:00')).toBeNull();
    expect(romeLocalToIso('2025-02-10', '24:00')).toBeNull();
    expect(romeLocalToIso('2025-02-10', '9:00')).toBeNull();
  });
});

describe('isoToRomeLocal', () => {
  it('gives back what romeLocalToIso took, on either side of the clock change', () => {
    for (const [date, time] of [
      ['2025-01-15', '10:30'],
      ['2025-03-30', '03:15'],
      ['2025-10-26', '02:30'],
      ['2025-12-31', '23:45'],
    ] as const) {
      expect(isoToRomeLocal(romeLocalToIso(date, time)!)).toEqual({ date, time });
    }
  });

  it('reads a UTC instant as the Rome calendar day (late evening UTC is already tomorrow)', () => {
    expect(isoToRomeLocal('2025-06-30T22:30:00Z')).toEqual({ date: '2025-07-01', time: '00:30' });
  });
});

describe('Rome formatting', () => {
  it('knows the offset at an instant', () => {
    expect(romeOffsetMinutes(Date.parse('2025-01-15T12:00:00Z'))).toBe(60);
    expect(romeOffsetMinutes(Date.parse('2025-07-15T12:00:00Z'))).toBe(120);
  });

  it('writes a meeting on one day with one date and two times', () => {
    expect(formatMeetingWhen('2025-07-01T08:30:00Z', '2025-07-01T10:00:00Z')).toBe('martedì 1 luglio 2025, 10:30–12:00');
  });

  it('writes a due date as that calendar day', () => {
    expect(formatRomeDate('2025-03-09')).toBe('9 marzo 2025');
    expect(romeToday(new Date('2025-06-30T22:30:00Z'))).toBe('2025-07-01');
  });
});
