import { may } from '@condivisa/domain';
import type { DataSource } from 'typeorm';
import { resourceState } from '../spaces/space-access';

export interface DocumentAccess {
  canRead: boolean;
  canEdit: boolean;
}

const NONE: DocumentAccess = { canRead: false, canEdit: false };

interface AccessRow {
  user_id: string | null;
  platform_role: string | null;
  disabled_at: Date | null;
  role: string | null;
  document_archived_at: Date | null;
  frozen_at: Date | null;
  space_id: string;
  space_archived_at: Date | null;
  visibility: 'MEMBERS' | 'PUBLIC';
}

/**
 * What each of `userIds` may do with a document right now, from the database (no request cache),
 * in one query: the same policy the resolvers use, also asked by the collaboration gateway for
 * everybody on an open document at once. null when the document does not exist; unknown or
 * disabled people get no access.
 */
export async function documentAccessFor(db: DataSource, documentId: string, userIds: string[]): Promise<Map<string, DocumentAccess> | null> {
  const rows = await db.query<AccessRow[]>(
    `SELECT u.id AS user_id, u.platform_role, u.disabled_at, m.role,
            d.archived_at AS document_archived_at, d.frozen_at, s.id AS space_id, s.archived_at AS space_archived_at, s.visibility
       FROM document d
       JOIN space s ON s.id = d.space_id
       LEFT JOIN app_user u ON u.id = ANY($2::uuid[])
       LEFT JOIN space_member m ON m.space_id = s.id AND m.user_id = u.id
      WHERE d.id = $1`,
    [documentId, userIds],
  );
  if (rows.length === 0) return null;
  const access = new Map<string, DocumentAccess>(userIds.map((id) => [id, NONE]));
  for (const row of rows) {
    if (!row.user_id || row.disabled_at) continue;
    const actor = { platformRole: row.platform_role as never, spaceRole: row.role as never };
    const space = { id: row.space_id, archivedAt: row.space_archived_at, visibility: row.visibility } as Parameters<typeof resourceState>[0];
    const state = { ...resourceState(space), archived: row.space_archived_at !== null || row.document_archived_at !== null || row.frozen_at !== null };
    access.set(row.user_id, { canRead: may(actor, 'document.read', state), canEdit: may(actor, 'document.edit', state) });
  }
  return access;
}

/** documentAccessFor for one person. */
export async function documentAccess(db: DataSource, documentId: string, userId: string): Promise<DocumentAccess | null> {
  return (await documentAccessFor(db, documentId, [userId]))?.get(userId) ?? null;
}
