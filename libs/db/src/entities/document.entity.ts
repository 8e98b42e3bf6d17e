import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { SpaceEntity } from './space.entity';

export type DocumentKindValue = 'PROPOSAL' | 'MINUTES' | 'MODEL' | 'NOTE';

/** A live, co-edited document of a space; its content is the Yjs history in yjs_update / yjs_snapshot. */
@Entity({ name: 'document' })
@Index('idx_document_space', ['spaceId', 'createdAt'])
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'space_id', type: 'text' })
  spaceId!: string;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'space_id' })
  space!: Relation<SpaceEntity>;

  @Column({ type: 'enum', enum: ['PROPOSAL', 'MINUTES', 'MODEL', 'NOTE'], enumName: 'document_kind' })
  kind!: DocumentKindValue;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  /** Set when the text became a frozen act (published minutes): read-only for everybody from then on. */
  @Column({ name: 'frozen_at', type: 'timestamptz', nullable: true })
  frozenAt!: Date | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_edited_by_id', type: 'uuid', nullable: true })
  lastEditedById!: string | null;

  @Column({ name: 'last_edited_at', type: 'timestamptz', nullable: true })
  lastEditedAt!: Date | null;
}
