/**
 * Dark colours that white text reads on (contrast at least 4.5:1), so a caret label is legible
 * whoever it belongs to. Six-digit hex: the caret extension ignores any other notation.
 */
export const USER_COLORS: readonly string[] = [
  '#0b5394',
  '#a61c00',
  '#38761d',
  '#741b47',
  '#b45f06',
  '#134f5c',
  '#7f6000',
  '#351c75',
  '#990000',
  '#274e13',
  '#5b0f8a',
  '#4c1130',
];

/** The same person always gets the same colour, on every page and in every browser (FNV-1a of the id). */
export function userColor(userId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < userId.length; i++) {
    hash ^= userId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return USER_COLORS[hash % USER_COLORS.length] ?? '#0b5394';
}
