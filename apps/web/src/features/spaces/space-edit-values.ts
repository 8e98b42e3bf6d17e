import { it } from '../../i18n/it';
import type { SpaceDetail, SpaceVisibility, UpdateSpaceInput } from './space-types';

/** What the "Modifica lo spazio" form holds. */
export interface SpaceEditValues {
  name: string;
  description: string;
  visibility: SpaceVisibility;
  objectiveIds: string[];
}

export const SPACE_EDIT_FIELDS = ['name', 'description', 'visibility', 'objectiveIds'] as const;
export type SpaceEditField = (typeof SPACE_EDIT_FIELDS)[number];

/** The same limits as UpdateSpaceInput on the API. */
export const NAME_MIN = 3;
export const NAME_MAX = 200;
export const DESCRIPTION_MAX = 10_000;

export function editValuesFrom(
  space: Pick<SpaceDetail, 'name' | 'description' | 'visibility' | 'objectives'>,
): SpaceEditValues {
  return {
    name: space.name,
    description: space.description ?? '',
    visibility: space.visibility,
    objectiveIds: space.objectives.map((o) => o.id),
  };
}

/** The problems the form can tell before asking the API, by field. */
export function validateEditValues(values: SpaceEditValues): Partial<Record<SpaceEditField, string>> {
  const t = it.spaces;
  const problems: Partial<Record<SpaceEditField, string>> = {};
  const name = values.name.trim();
  if (!name) problems.name = t.requiredName;
  else if (name.length < NAME_MIN || name.length > NAME_MAX) problems.name = t.nameLength;
  if (values.description.trim().length > DESCRIPTION_MAX) problems.description = t.descriptionTooLong;
  return problems;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((id) => right.has(id));
}

/**
 * Input for updateSpace: only what changed (the API leaves out what is not sent, and its audit
 * trail lists what was). An emptied description is sent as null, which clears it.
 */
export function toUpdateSpaceInput(values: SpaceEditValues, initial: SpaceEditValues): UpdateSpaceInput {
  const input: UpdateSpaceInput = {};
  const name = values.name.trim();
  if (name !== initial.name.trim()) input.name = name;
  const description = values.description.trim();
  if (description !== initial.description.trim()) input.description = description || null;
  if (values.visibility !== initial.visibility) input.visibility = values.visibility;
  if (!sameSet(values.objectiveIds, initial.objectiveIds)) input.objectiveIds = [...new Set(values.objectiveIds)];
  return input;
}
