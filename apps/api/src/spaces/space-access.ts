import type { SpaceEntity, UserEntity } from '@condivisa/db';
import { type Actor, AppError, may, type ResourceState, type SpaceAction } from '@condivisa/domain';
import type { SpaceLoaders } from './space-loaders';

/** The tavolo whose coordinators curate the map of PA–ETS instruments. */
export const INSTRUMENT_CURATOR_SPACE_ID = 'tavolo-sviluppo-welfare-locale';

export function resourceState(space: SpaceEntity): ResourceState {
  return {
    archived: space.archivedAt !== null,
    publicSpace: space.visibility === 'PUBLIC',
    curatesInstruments: space.id === INSTRUMENT_CURATOR_SPACE_ID,
  };
}

/** The viewer as the policy sees them in one space. */
export async function actorIn(viewer: UserEntity | null, spaceId: string, loaders: SpaceLoaders): Promise<Actor> {
  if (!viewer || viewer.disabledAt) return { platformRole: null, spaceRole: null };
  return { platformRole: viewer.platformRole, spaceRole: await loaders.myRole.load(spaceId) };
}

export async function viewerMay(viewer: UserEntity | null, action: SpaceAction, space: SpaceEntity, loaders: SpaceLoaders): Promise<boolean> {
  return may(await actorIn(viewer, space.id, loaders), action, resourceState(space));
}

/** Throws UNAUTHENTICATED for anonymous visitors and FORBIDDEN for others when the policy says no. */
export async function assertMay(viewer: UserEntity | null, action: SpaceAction, space: SpaceEntity, loaders: SpaceLoaders, message: string): Promise<void> {
  if (await viewerMay(viewer, action, space, loaders)) return;
  if (!viewer) throw AppError.unauthenticated();
  if (space.archivedAt) throw AppError.forbidden('Lo spazio è archiviato: si può solo consultare.');
  throw AppError.forbidden(message);
}
