import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Column, type Relation } from 'typeorm';
import { SpaceEntity } from './space.entity';
import { UserEntity } from './user.entity';

/**
 * A personal, secret address for subscribing to a space's meetings from a calendar app (which
 * cannot sign in). Only the hash is kept; asking for a new address replaces the old one.
 */
@Entity({ name: 'calendar_feed' })
export class CalendarFeedEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ name: 'space_id', type: 'text' })
  spaceId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: Relation<UserEntity>;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'space_id' })
  space!: Relation<SpaceEntity>;

  @Index('uq_calendar_feed_token', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
