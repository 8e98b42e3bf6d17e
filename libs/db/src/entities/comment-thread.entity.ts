import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { DocumentEntity } from './document.entity';

/**
 * A comment thread on a passage of a live document. The passage is kept as two Yjs relative
 * positions (encoded with Y.encodeRelativePosition), so it follows the text through concurrent
 * edits; `quote` is the text as it was when the thread was opened.
 */
@Entity({ name: 'comment_thread' })
@Index('idx_comment_thread_document', ['documentId', 'createdAt'])
export class CommentThreadEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId!: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document!: Relation<DocumentEntity>;

  @Column({ name: 'anchor_start', type: 'bytea' })
  anchorStart!: Buffer;

  @Column({ name: 'anchor_end', type: 'bytea' })
  anchorEnd!: Buffer;

  @Column({ type: 'text' })
  quote!: string;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'resolved_by_id', type: 'uuid', nullable: true })
  resolvedById!: string | null;
}
