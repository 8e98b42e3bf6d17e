import { AuditEventEntity } from '@condivisa/db';
import type { EntityManager } from 'typeorm';

/** Records a state change in the caller's transaction. */
export async function recordAudit(
  manager: EntityManager,
  actorId: string | null,
  action: string,
  entity: { type: string; id: string },
  details: Record<string, unknown> = {},
): Promise<void> {
  await manager.save(manager.create(AuditEventEntity, { actorId, action, entityType: entity.type, entityId: entity.id, details }));
}
