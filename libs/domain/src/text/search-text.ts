/**
 * Folds a text for accent- and case-insensitive search: "Comunità" and "comunita"
 * both become "comunita". Apostrophes and dashes become spaces so "d'Almè" matches "d alme".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[’'`\u2013\u2014-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A URL-safe identifier derived from a name: "Valle Imagna – Villa d'Almè" → "valle-imagna-villa-d-alme". */
export function slugify(text: string): string {
  return foldForSearch(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/**
 * The SQL LIKE patterns for a free-text search: one per word (folded like the stored
 * search text, LIKE wildcards escaped), at most `maxWords`. Every pattern must match.
 */
export function searchPatterns(search: string, maxWords = 8): string[] {
  return foldForSearch(search)
    .split(' ')
    .filter(Boolean)
    .slice(0, maxWords)
    .map((word) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}
