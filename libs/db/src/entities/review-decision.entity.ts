import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ModelReviewEntity } from './model-review.entity';

export type ReviewDecisionValue = 'FAVOURABLE' | 'FAVOURABLE_WITH_REMARKS' | 'CHANGES_REQUESTED' | 'UNFAVOURABLE';

/** A reviewer's current decision on a review (a new one replaces it while the review is open). */
@Entity({ name: 'review_decision' })
export class ReviewDecisionEntity {
  @PrimaryColumn({ name: 'review_id', type: 'uuid' })
  reviewId!: string;

  @PrimaryColumn({ name: 'reviewer_id', type: 'uuid' })
  reviewerId!: string;

  @ManyToOne(() => ModelReviewEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_id' })
  review!: Relation<ModelReviewEntity>;

  @Column({ type: 'enum', enum: ['FAVOURABLE', 'FAVOURABLE_WITH_REMARKS', 'CHANGES_REQUESTED', 'UNFAVOURABLE'], enumName: 'review_decision_value' })
  decision!: ReviewDecisionValue;

  @Column({ type: 'text' })
  motivation!: string;

  @Column({ name: 'decided_at', type: 'timestamptz', default: () => 'now()' })
  decidedAt!: Date;
}
