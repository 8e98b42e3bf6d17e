import { DocumentEntity, SpaceEntity, SpaceMemberEntity, UserEntity } from '@condivisa/db';
import { may } from '@condivisa/domain';
import type { DataSource } from 'typeorm';
import { resourceState } from '../spaces/space-access';

export interface DocumentAccess {
  canRead: boolean;
  canEdit: boolean;
}

/**
 * What a person may do with a document right now, from the database (no request cache): the
 * same policy the resolvers use, also asked by the collaboration gateway on open sockets.
 */
export async function documentAccess(db: DataSource, documentId: string, userId: string): Promise<DocumentAccess | null> {
  const document = await db.getRepository(DocumentEntity).findOneBy({ id: documentId });
  if (!document) return null;
  const [user, space, member] = await Promise.all([
    db.getRepository(UserEntity).findOneBy({ id: userId }),
    db.getRepository(SpaceEntity).findOneByOrFail({ id: document.spaceId }),
    db.getRepository(SpaceMemberEntity).findOneBy({ spaceId: document.spaceId, userId }),
  ]);
  if (!user || user.disabledAt) return { canRead: false, canEdit: false };
  const actor = { platformRole: user.platformRole, spaceRole: member?.role ?? null };
  const state = { ...resourceState(space), archived: space.archivedAt !== null || document.archivedAt !== null };
  return { canRead: may(actor, 'document.read', state), canEdit: may(actor, 'document.edit', state) };
}
