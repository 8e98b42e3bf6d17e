/** What the API accepts for a message and for the quoted passage. */
export const MAX_COMMENT_LENGTH = 4000;
export const MAX_QUOTE_LENGTH = 1000;

/** The little a thread needs for the panel to sort it. */
interface SortableThread {
  id: string;
  resolved: boolean;
  createdAt: string;
}

export interface ArrangedThreads<T> {
  /** In the order of their passages in the text; those whose passage is gone last, oldest first. */
  open: T[];
  /** Oldest first. */
  resolved: T[];
}

function byCreation(a: SortableThread, b: SortableThread): number {
  return Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id.localeCompare(b.id);
}

/**
 * Splits the threads into open and resolved, and puts the open ones in reading order, so the
 * panel reads alongside the text. `positions` says where each passage starts now.
 */
export function arrangeThreads<T extends SortableThread>(threads: readonly T[], positions: ReadonlyMap<string, number>): ArrangedThreads<T> {
  const open = threads.filter((t) => !t.resolved);
  const resolved = threads.filter((t) => t.resolved).sort(byCreation);
  open.sort((a, b) => {
    const pa = positions.get(a.id);
    const pb = positions.get(b.id);
    if (pa !== undefined && pb !== undefined && pa !== pb) return pa - pb;
    if (pa !== undefined && pb === undefined) return -1;
    if (pa === undefined && pb !== undefined) return 1;
    return byCreation(a, b);
  });
  return { open, resolved };
}

/** A passage for a heading or a quote: at most `max` characters, cut at a word where possible, one line. */
export function shortenPassage(text: string, max = 120): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
