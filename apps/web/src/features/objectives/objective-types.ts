export type ObjectiveTrack = 'INTEGRAZIONE_SOCIOSANITARIA' | 'SOCIALE';

/** In the order the Prologo presents them. */
export const OBJECTIVE_TRACKS: readonly ObjectiveTrack[] = ['INTEGRAZIONE_SOCIOSANITARIA', 'SOCIALE'];

export interface ObjectiveRef {
  id: string;
  track: ObjectiveTrack;
  number: number;
  title: string;
}

export interface ObjectiveAction {
  id: string;
  /** Null for actions that span the triennium; `years` then says which years, if the source does. */
  year: number | null;
  years: number[];
  text: string;
  setting: string | null;
}

export interface ObjectiveSummary extends ObjectiveRef {
  goals: string[];
  actions: { id: string }[];
}

export interface ObjectiveSpaceRef {
  id: string;
  name: string;
  kind: string;
  archived: boolean;
}

export interface ObjectiveDetail extends ObjectiveRef {
  description: string;
  goals: string[];
  /** Only asked for when signed in: anonymous visitors see no spaces. */
  spaces?: ObjectiveSpaceRef[];
}

/** Tracks in order, each with its objectives by number. */
export function groupByTrack<T extends ObjectiveRef>(objectives: readonly T[]): { track: ObjectiveTrack; objectives: T[] }[] {
  return OBJECTIVE_TRACKS.map((track) => ({
    track,
    objectives: objectives.filter((o) => o.track === track).sort((a, b) => a.number - b.number),
  })).filter((group) => group.objectives.length > 0);
}

export interface ActionGroup<T extends Pick<ObjectiveAction, 'year'> = ObjectiveAction> {
  /** "2025", "2026", … or null for the triennium. */
  year: number | null;
  actions: T[];
}

/** Actions by year (ascending), then those for the whole triennium (year null), each in source order. */
export function groupActionsByYear<T extends Pick<ObjectiveAction, 'year'>>(actions: readonly T[]): ActionGroup<T>[] {
  const years = [...new Set(actions.map((a) => a.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  const groups: ActionGroup<T>[] = years.map((year) => ({ year, actions: actions.filter((a) => a.year === year) }));
  const triennium = actions.filter((a) => a.year === null);
  if (triennium.length > 0) groups.push({ year: null, actions: triennium });
  return groups;
}
