import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A named, frozen state of a document ("Salva versione"); never changed afterwards. */
@Entity({ name: 'document_version' })
@Index('uq_document_version_number', ['documentId', 'number'], { unique: true })
export class DocumentVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId!: string;

  /** 1, 2, 3… per document. */
  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'text' })
  name!: string;

  /** The full Yjs state at that moment. */
  @Column({ type: 'bytea' })
  state!: Buffer;

  /** Plain text of the version, block by block, for reading and comparing. */
  @Column({ type: 'text' })
  text!: string;

  /** Last yjs_update included: contributors are counted from the previous version's. */
  @Column({ name: 'up_to_update_id', type: 'bigint' })
  upToUpdateId!: string;

  @Column({ name: 'contributor_ids', type: 'uuid', array: true, default: () => "'{}'" })
  contributorIds!: string[];

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
