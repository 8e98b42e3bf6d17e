import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The merged state of a document up to (and including) update `up_to_id`; later updates are replayed on top. */
@Entity({ name: 'yjs_snapshot' })
export class YjsSnapshotEntity {
  @PrimaryColumn({ name: 'document_id', type: 'uuid' })
  documentId!: string;

  @Column({ type: 'bytea' })
  state!: Buffer;

  @Column({ name: 'up_to_id', type: 'bigint' })
  upToId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
