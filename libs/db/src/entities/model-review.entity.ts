import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ModelVersionEntity } from './model-version.entity';

export type ReviewRuleValue = 'MAJORITY' | 'UNANIMITY' | 'FIRST_UNFAVOURABLE_CLOSES';
export type ReviewOutcomeValue = 'APPROVED' | 'CHANGES_REQUESTED' | 'REJECTED';

/** A version sent to the space's reviewers (the Collegio dei Sindaci), until it closes or is withdrawn. */
@Entity({ name: 'model_review' })
@Index('idx_model_review_version', ['versionId'])
export class ModelReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @ManyToOne(() => ModelVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'version_id' })
  version!: Relation<ModelVersionEntity>;

  /** A calendar day, Europe/Rome. */
  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  /** The space's closing rule when the review was opened. */
  @Column({ type: 'enum', enum: ['MAJORITY', 'UNANIMITY', 'FIRST_UNFAVOURABLE_CLOSES'], enumName: 'review_rule' })
  rule!: ReviewRuleValue;

  @Column({ name: 'opened_by_id', type: 'uuid' })
  openedById!: string;

  @Column({ name: 'opened_at', type: 'timestamptz', default: () => 'now()' })
  openedAt!: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'enum', enum: ['APPROVED', 'CHANGES_REQUESTED', 'REJECTED'], enumName: 'review_outcome', nullable: true })
  outcome!: ReviewOutcomeValue | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ name: 'reminder_sent_at', type: 'timestamptz', nullable: true })
  reminderSentAt!: Date | null;
}
