import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { DocumentEntity } from './document.entity';
import { SpaceEntity } from './space.entity';

/** A meeting of a space (tavolo, gruppo di lavoro…), with its agenda, attendance and minutes. */
@Entity({ name: 'meeting' })
@Index('idx_meeting_space', ['spaceId', 'startsAt'])
@Check('chk_meeting_ends_after_start', '"ends_at" > "starts_at"')
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'space_id', type: 'text' })
  spaceId!: string;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'space_id' })
  space!: Relation<SpaceEntity>;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'text', nullable: true })
  place!: string | null;

  @Column({ name: 'video_url', type: 'text', nullable: true })
  videoUrl!: string | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason!: string | null;

  /** The live minutes document (kind MINUTES), once the coordinator has started it. */
  @Column({ name: 'minutes_document_id', type: 'uuid', nullable: true, unique: true })
  minutesDocumentId!: string | null;

  @ManyToOne(() => DocumentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'minutes_document_id' })
  minutesDocument!: Relation<DocumentEntity> | null;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
