import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { DocumentEntity } from './document.entity';
import { SpaceEntity } from './space.entity';

export type ModelStatusValue = 'DRAFTING' | 'IN_REVIEW' | 'CHANGES_REQUESTED' | 'APPROVED';

/** A co-designed model of a space: a live working draft (document kind MODEL) and its versions. */
@Entity({ name: 'model' })
@Index('idx_model_space', ['spaceId', 'createdAt'])
export class ModelEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'space_id', type: 'text' })
  spaceId!: string;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'space_id' })
  space!: Relation<SpaceEntity>;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'document_id', type: 'uuid', unique: true })
  documentId!: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'document_id' })
  document!: Relation<DocumentEntity>;

  @Column({ type: 'enum', enum: ['DRAFTING', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED'], enumName: 'model_status', default: 'DRAFTING' })
  status!: ModelStatusValue;

  /** The version everybody refers to: the latest approved one. */
  @Column({ name: 'approved_version_id', type: 'uuid', nullable: true })
  approvedVersionId!: string | null;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
