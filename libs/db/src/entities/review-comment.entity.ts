import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ModelReviewEntity } from './model-review.entity';

/** A reviewer's remark on the version under review: on a passage (quoted) or in general. */
@Entity({ name: 'review_comment' })
@Index('idx_review_comment_review', ['reviewId', 'createdAt'])
export class ReviewCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'review_id', type: 'uuid' })
  reviewId!: string;

  @ManyToOne(() => ModelReviewEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_id' })
  review!: Relation<ModelReviewEntity>;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  /** The passage commented on, as quoted from the version; null for a general remark. */
  @Column({ type: 'text', nullable: true })
  passage!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
