import type { AgendaItem, AgendaItemInput } from './meeting-types';

/** An agenda point as the form edits it; `key` keeps React's rows (and focus) with their point. */
export interface AgendaDraft {
  key: string;
  title: string;
  description: string;
  presenterOrganizationId: string;
  documentIds: string[];
}

let counter = 0;

export function newAgendaKey(): string {
  counter += 1;
  return `punto-${counter}`;
}

export function emptyAgendaDraft(): AgendaDraft {
  return { key: newAgendaKey(), title: '', description: '', presenterOrganizationId: '', documentIds: [] };
}

export function agendaDrafts(agenda: readonly AgendaItem[]): AgendaDraft[] {
  return [...agenda]
    .sort((a, b) => a.position - b.position)
    .map((item) => ({
      key: newAgendaKey(),
      title: item.title,
      description: item.description,
      presenterOrganizationId: item.presenterOrganization?.id ?? '',
      documentIds: [...item.documentIds],
    }));
}

/**
 * The list with the item at `index` moved by `delta` places (-1 up, +1 down); the same list when
 * the move would leave it (the first up, the last down).
 */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length || delta === 0) return [...items];
  const next = [...items];
  const [moved] = next.splice(index, 1);
  next.splice(target, 0, moved as T);
  return next;
}

/** What the API takes: trimmed, empty optional fields left out. */
export function toAgendaInput(drafts: readonly AgendaDraft[]): AgendaItemInput[] {
  return drafts.map((draft) => {
    const description = draft.description.trim();
    return {
      title: draft.title.trim(),
      ...(description ? { description } : {}),
      presenterOrganizationId: draft.presenterOrganizationId || null,
      documentIds: draft.documentIds,
    };
  });
}
