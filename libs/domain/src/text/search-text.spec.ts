import { describe, expect, it } from 'vitest';
import { foldForSearch, searchPatterns, slugify } from './search-text';

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

describe('searchPatterns', () => {
  it('gives one escaped LIKE pattern per folded word, up to the limit', () => {
    expect(searchPatterns('  Comunità  50%_x ')).toEqual(['%comunita%', '%50\\%\\_x%']);
    expect(searchPatterns('a b c', 2)).toEqual(['%a%', '%b%']);
    expect(searchPatterns('   ')).toEqual([]);
  });
});
