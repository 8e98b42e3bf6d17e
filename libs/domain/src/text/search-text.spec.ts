import { describe, expect, it } from 'vitest';
import { foldForSearch, slugify } from './search-text';

describe('foldForSearch', () => {
  it('matches accented and plain spellings', () => {
    expect(foldForSearch('Comunità')).toBe(foldForSearch('comunita'));
    expect(foldForSearch("Villa d'Almè")).toBe('villa d alme');
    expect(foldForSearch('Monte Bronzone – Basso Sebino')).toBe('monte bronzone basso sebino');
  });
});

describe('slugify', () => {
  it('makes URL-safe ids', () => {
    expect(slugify("Valle Imagna – Villa d'Almè")).toBe('valle-imagna-villa-d-alme');
  });
});
