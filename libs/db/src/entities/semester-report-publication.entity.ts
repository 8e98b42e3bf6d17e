import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A semester report frozen like published minutes: canonical HTML and its SHA-256; the table is append-only. */
@Entity({ name: 'semester_report_publication' })
@Index('uq_semester_report_publication', ['objectiveId', 'semester'], { unique: true })
export class SemesterReportPublicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'objective_id', type: 'text' })
  objectiveId!: string;

  @Column({ type: 'text' })
  semester!: string;

  @Column({ type: 'text' })
  html!: string;

  /** The report's blocks as published (for exports). */
  @Column({ type: 'jsonb' })
  blocks!: unknown[];

  @Column({ name: 'content_sha256', type: 'char', length: 64 })
  contentSha256!: string;

  @Column({ name: 'published_by_id', type: 'uuid' })
  publishedById!: string;

  @Column({ name: 'published_at', type: 'timestamptz', default: () => 'now()' })
  publishedAt!: Date;
}
