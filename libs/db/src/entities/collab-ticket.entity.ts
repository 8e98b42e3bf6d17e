import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A short-lived pass for the live socket of one document and one person; only its hash is stored. */
@Entity({ name: 'collab_ticket' })
@Index('idx_collab_ticket_expiry', ['expiresAt'])
export class CollabTicketEntity {
  @PrimaryColumn({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
