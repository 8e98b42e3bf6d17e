import { describe, expect, it } from 'vitest';
import { normaliseFiscalCode, normaliseRuntsNumber } from './fiscal-code';

describe('normaliseFiscalCode', () => {
  it('accepts 11-digit codes with a correct check digit, ignoring spaces', () => {
    expect(normaliseFiscalCode('80012000826')).toBe('80012000826');
    expect(normaliseFiscalCode(' 1234567890 3 ')).toBe('12345678903');
  });

  it('refuses a wrong check digit or a wrong length', () => {
    expect(normaliseFiscalCode('80012000827')).toBeNull();
    expect(normaliseFiscalCode('8001200082')).toBeNull();
    expect(normaliseFiscalCode('abc')).toBeNull();
  });

  it("accepts a natural person's 16-character code in any case, and refuses a wrong control letter", () => {
    expect(normaliseFiscalCode('rssmra85t10a562s')).toBe('RSSMRA85T10A562S');
    expect(normaliseFiscalCode('RSSMRA85T10A562T')).toBeNull();
  });
});

describe('normaliseRuntsNumber', () => {
  it('keeps plausible repository numbers and refuses garbage', () => {
    expect(normaliseRuntsNumber(' 12345 ')).toBe('12345');
    expect(normaliseRuntsNumber('drop table;')).toBeNull();
  });
});
