import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ModelEntity } from './model.entity';

export type ModelVersionStatusValue = 'CONSOLIDATED' | 'IN_REVIEW' | 'CHANGES_REQUESTED' | 'REJECTED' | 'APPROVED' | 'SUPERSEDED';

/**
 * Version n of a model: the working draft frozen (Yjs state, canonical HTML, SHA-256, who wrote
 * since n-1, changelog). The database refuses DELETE and any UPDATE except of the status (trigger
 * in the migration).
 */
@Entity({ name: 'model_version' })
@Index('uq_model_version_number', ['modelId', 'number'], { unique: true })
export class ModelVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'model_id', type: 'uuid' })
  modelId!: string;

  @ManyToOne(() => ModelEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'model_id' })
  model!: Relation<ModelEntity>;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'text' })
  changelog!: string;

  @Column({ type: 'text' })
  html!: string;

  /** The blocks of the text (libs/render), for comparisons and exports. */
  @Column({ type: 'jsonb' })
  blocks!: unknown[];

  @Column({ type: 'bytea' })
  state!: Buffer;

  @Column({ name: 'content_sha256', type: 'char', length: 64 })
  contentSha256!: string;

  @Column({ name: 'contributor_ids', type: 'uuid', array: true, default: () => "'{}'" })
  contributorIds!: string[];

  @Column({ name: 'up_to_update_id', type: 'bigint' })
  upToUpdateId!: string;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'enum', enum: ['CONSOLIDATED', 'IN_REVIEW', 'CHANGES_REQUESTED', 'REJECTED', 'APPROVED', 'SUPERSEDED'], enumName: 'model_version_status', default: 'CONSOLIDATED' })
  status!: ModelVersionStatusValue;

  @Column({ name: 'status_changed_at', type: 'timestamptz', default: () => 'now()' })
  statusChangedAt!: Date;
}
