import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who changed what, when: one row per state change. */
@Entity({ name: 'audit_event' })
@Index('idx_audit_event_entity', ['entityType', 'entityId'])
@Index('idx_audit_event_space', ['spaceId', 'at'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'entity_type', type: 'text' })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  /** The space the change belongs to, for the space's activity feed and audit trail. */
  @Column({ name: 'space_id', type: 'text', nullable: true })
  spaceId!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, unknown>;
}
