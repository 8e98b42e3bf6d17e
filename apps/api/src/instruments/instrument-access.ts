import type { UserEntity } from '@condivisa/db';
import { type Actor, AppError, may } from '@condivisa/domain';
import type { SpaceLoaders } from '../spaces/space-loaders';
import { actorIn, INSTRUMENT_CURATOR_SPACE_ID } from '../spaces/space-access';

function platformActor(viewer: UserEntity | null): Actor {
  return { platformRole: viewer && !viewer.disabledAt ? viewer.platformRole : null, spaceRole: null };
}

/**
 * Admins, and the coordinators of the tavolo di sviluppo del welfare locale while it is active,
 * edit instruments and relations. The tavolo's state decides only its coordinators' right.
 */
export async function mayEditInstruments(viewer: UserEntity | null, loaders: SpaceLoaders): Promise<boolean> {
  const space = await loaders.space.load(INSTRUMENT_CURATOR_SPACE_ID);
  const actor = space ? await actorIn(viewer, space.id, loaders) : platformActor(viewer);
  return may(actor, 'instrument.edit', { curatesInstruments: !!space && space.archivedAt === null });
}

export async function assertMayEditInstruments(viewer: UserEntity | null, loaders: SpaceLoaders): Promise<void> {
  if (await mayEditInstruments(viewer, loaders)) return;
  if (!viewer) throw AppError.unauthenticated();
  throw AppError.forbidden('Modificano la mappa degli strumenti gli amministratori e chi coordina il tavolo di sviluppo del welfare locale.');
}

/** Any signed-in person may annotate an instrument. */
export function mayComment(viewer: UserEntity | null): boolean {
  return may(platformActor(viewer), 'instrument.comment');
}

/**
 * Whether the viewer may record an experience on behalf of one of these spaces: writers
 * (coordinators, members) of an active space among them, or admins.
 */
export async function mayRecordExperienceIn(viewer: UserEntity | null, spaceIds: string[], loaders: SpaceLoaders): Promise<boolean> {
  if (!viewer || viewer.disabledAt) return false;
  for (const id of new Set(spaceIds)) {
    const space = await loaders.space.load(id);
    if (space && may(await actorIn(viewer, id, loaders), 'instrument.recordExperience', { archived: space.archivedAt !== null })) return true;
  }
  return false;
}
