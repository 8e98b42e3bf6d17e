import { AuditEventEntity, type UserEntity } from '@condivisa/db';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PubSub } from 'graphql-subscriptions';
import { DataSource, type EntityManager } from 'typeorm';
import { PUB_SUB } from '../events/events.module';
import { toUser } from '../identity/user.mapper';
import type { ActivityEvent } from './activity-event.model';
import type { AuditEntry } from './audit-entry.model';

const ROLE_LABEL: Record<string, string> = { COORDINATOR: 'coordinatore', MEMBER: 'membro', OBSERVER: 'osservatore', REVIEWER: 'revisore' };

/** Details kept with each event: enough to write its sentence later without joins. */
export interface ActivityDetails {
  actorName?: string;
  targetName?: string;
  role?: string;
  from?: string;
  to?: string;
  name?: string;
  [key: string]: unknown;
}

export function activityTopic(spaceId: string): string {
  return `space-activity:${spaceId}`;
}

/** The Italian sentence for an event of the feed. */
export function summarize(action: string, d: ActivityDetails): string {
  const who = d.actorName ?? 'Qualcuno';
  switch (action) {
    case 'space.created':
      return `${who} ha creato lo spazio «${d.name}»`;
    case 'space.childCreated':
      return `${who} ha creato «${d.name}» in questo spazio`;
    case 'space.updated':
      return `${who} ha modificato lo spazio`;
    case 'space.archived':
      return `${who} ha archiviato lo spazio`;
    case 'member.joined':
      return `${who} ha invitato ${d.targetName} come ${ROLE_LABEL[d.role ?? ''] ?? d.role}`;
    case 'member.roleChanged':
      return `${who} ha cambiato il ruolo di ${d.targetName} da ${ROLE_LABEL[d.from ?? ''] ?? d.from} a ${ROLE_LABEL[d.to ?? ''] ?? d.to}`;
    case 'member.removed':
      return `${who} ha rimosso ${d.targetName} dallo spazio`;
    case 'member.left':
      return `${who} ha lasciato lo spazio`;
    case 'document.created':
      return `${who} ha creato il documento «${d.name}»`;
    case 'document.renamed':
      return `${who} ha rinominato il documento «${d.from}» in «${d.name}»`;
    case 'document.versionSaved':
      return `${who} ha salvato la versione ${d['number']} «${d['version']}» di «${d.name}»`;
    case 'document.versionRestored':
      return `${who} ha ripristinato la versione ${d['number']} «${d['version']}» di «${d.name}»`;
    case 'document.commented':
      return `${who} ha commentato «${d['quote']}» in «${d.name}»`;
    case 'document.commentReplied':
      return `${who} ha risposto al commento su «${d['quote']}» in «${d.name}»`;
    case 'document.commentResolved':
      return `${who} ha chiuso la discussione su «${d['quote']}» in «${d.name}»`;
    case 'document.commentReopened':
      return `${who} ha riaperto la discussione su «${d['quote']}» in «${d.name}»`;
    case 'document.archived':
      return `${who} ha archiviato il documento «${d.name}»`;
    case 'instrument.updated':
      return `${who} ha modificato lo strumento «${d.name}» (revisione ${d['number']}): ${d['reason']}`;
    case 'instrument.relationCreated':
      return `${who} ha aggiunto una relazione allo strumento «${d.name}»: ${d['reason']}`;
    case 'instrument.relationDeleted':
      return `${who} ha tolto una relazione dallo strumento «${d.name}»: ${d['reason']}`;
    case 'instrument.experienceRecorded':
      return `${who} ha registrato un'esperienza con «${d.name}» (${d['area']}, ${d['year']})`;
    default:
      return `${who}: ${action}`;
  }
}

/**
 * Every state change of a space goes to audit_event in the caller's transaction; after commit the
 * events are published to the space's subscribers (members only, checked at delivery).
 */
@Injectable()
export class ActivityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(PUB_SUB) private readonly pubSub: PubSub,
  ) {}

  async record(
    m: EntityManager,
    spaceId: string,
    actor: UserEntity,
    action: string,
    entity: { type: string; id: string },
    details: ActivityDetails = {},
  ): Promise<ActivityEvent> {
    const full = { actorName: actor.displayName, ...details };
    const saved = await m.save(m.create(AuditEventEntity, {
      actorId: actor.id, action, entityType: entity.type, entityId: entity.id, spaceId, details: full,
    }));
    return { id: saved.id, spaceId, action, summary: summarize(action, full), actor: toUser(actor), at: saved.at };
  }

  async publish(events: ActivityEvent[]): Promise<void> {
    for (const event of events) await this.pubSub.publish(activityTopic(event.spaceId), { spaceActivity: event });
  }

  async feed(spaceId: string, limit: number): Promise<(ActivityEvent & { actorId: string | null })[]> {
    const rows = await this.db.getRepository(AuditEventEntity).find({ where: { spaceId }, order: { at: 'DESC', id: 'DESC' }, take: limit });
    return rows.map((r) => ({
      id: r.id, spaceId, action: r.action, summary: summarize(r.action, r.details as ActivityDetails), actor: null, actorId: r.actorId, at: r.at,
    }));
  }

  async auditTrail(spaceId: string, limit: number): Promise<(AuditEntry & { actorId: string | null })[]> {
    const rows = await this.db.getRepository(AuditEventEntity).find({ where: { spaceId }, order: { at: 'DESC', id: 'DESC' }, take: limit });
    return rows.map((r) => ({
      id: r.id, action: r.action, actor: null, actorId: r.actorId, at: r.at, entityType: r.entityType, entityId: r.entityId, details: JSON.stringify(r.details),
    }));
  }
}
