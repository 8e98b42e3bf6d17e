import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ObjectiveActionEntity } from './objective-action.entity';

export type EvidenceKindValue = 'MINUTES' | 'MODEL_VERSION' | 'DOCUMENT' | 'LINK';

/** What backs an action's status: published minutes, an approved model version, a document, a link. */
@Entity({ name: 'action_evidence' })
@Index('idx_action_evidence_action', ['actionId'])
export class ActionEvidenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'action_id', type: 'uuid' })
  actionId!: string;

  @ManyToOne(() => ObjectiveActionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id' })
  action!: Relation<ObjectiveActionEntity>;

  @Column({ type: 'enum', enum: ['MINUTES', 'MODEL_VERSION', 'DOCUMENT', 'LINK'], enumName: 'evidence_kind' })
  kind!: EvidenceKindValue;

  /** The publication, model version or document id (null for links). */
  @Column({ name: 'ref_id', type: 'uuid', nullable: true })
  refId!: string | null;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'text' })
  label!: string;

  @Column({ name: 'added_by_id', type: 'uuid' })
  addedById!: string;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt!: Date;
}
