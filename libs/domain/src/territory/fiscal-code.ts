import isLuhnNumber from 'validator/lib/isLuhnNumber';
import isTaxID from 'validator/lib/isTaxID';

/**
 * Italian codice fiscale of an organisation: either 11 digits whose last one is the
 * Luhn check digit (bodies, associations, companies), or the 16-character code of a
 * natural person (sole traders). Returns the normalised code, or null when invalid.
 */
export function normaliseFiscalCode(raw: string): string | null {
  const code = raw.replace(/\s+/g, '').toUpperCase();
  if (/^\d{11}$/.test(code)) return isLuhnNumber(code) ? code : null;
  if (/^[A-Z0-9]{16}$/.test(code)) return isTaxID(code, 'it-IT') ? code : null;
  return null;
}

/**
 * RUNTS repository numbers are assigned by the national register; we only check the shape
 * (digits, optionally with a region prefix) so a typo is caught, not the register itself.
 */
export function normaliseRuntsNumber(raw: string): string | null {
  const value = raw.trim();
  return /^[A-Za-z0-9/-]{1,32}$/.test(value) ? value : null;
}
