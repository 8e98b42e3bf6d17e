import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { MeetingEntity } from './meeting.entity';

/**
 * Published minutes: a public act, frozen. The database refuses UPDATE and DELETE on this table
 * (trigger in the migration); a correction is a new row that supersedes an earlier one.
 */
@Entity({ name: 'minutes_publication' })
@Index('uq_minutes_publication_original', ['meetingId'], { unique: true, where: '"supersedes_id" IS NULL' })
// Full-text search (Italian stemming): an expression index written by hand in the migration.
@Index('idx_minutes_publication_search', { synchronize: false })
export class MinutesPublicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id' })
  meeting!: Relation<MeetingEntity>;

  @Column({ name: 'space_id', type: 'text' })
  spaceId!: string;

  /** The minutes document whose text was published (frozen from then on). */
  @Column({ name: 'document_id', type: 'uuid' })
  documentId!: string;

  /** 1 for the first publication, then 2, 3… for each correction. */
  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'text' })
  title!: string;

  /** The canonical HTML of the whole act (header, attendance, agenda, text, decisions, actions). */
  @Column({ type: 'text' })
  html!: string;

  /** SHA-256 (hex) of `html` as UTF-8: anyone can recompute it. */
  @Column({ name: 'content_sha256', type: 'char', length: 64 })
  contentSha256!: string;

  /** Plain text of the act, for full-text search. */
  @Column({ name: 'body_text', type: 'text' })
  bodyText!: string;

  /** The structured parts as published (attendance, agenda, decisions, action items, meeting data). */
  @Column({ type: 'jsonb' })
  content!: Record<string, unknown>;

  @Column({ name: 'published_by_id', type: 'uuid' })
  publishedById!: string;

  @Column({ name: 'published_at', type: 'timestamptz', default: () => 'now()' })
  publishedAt!: Date;

  @Column({ name: 'supersedes_id', type: 'uuid', nullable: true, unique: true })
  supersedesId!: string | null;

  @ManyToOne(() => MinutesPublicationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supersedes_id' })
  supersedes!: Relation<MinutesPublicationEntity> | null;

  @Column({ name: 'correction_reason', type: 'text', nullable: true })
  correctionReason!: string | null;
}
