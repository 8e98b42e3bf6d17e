import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from './user.entity';

export type UserTokenPurpose = 'INVITATION' | 'PASSWORD_RESET';

/** One-time links (invitation, password reset); single use, short-lived, stored hashed. */
@Entity({ name: 'user_token' })
@Index('idx_user_token_user', ['userId'])
export class UserTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_user_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: Relation<UserEntity>;

  @Column({ type: 'enum', enum: ['INVITATION', 'PASSWORD_RESET'], enumName: 'user_token_purpose' })
  purpose!: UserTokenPurpose;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
