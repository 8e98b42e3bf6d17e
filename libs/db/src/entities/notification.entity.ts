import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { SpaceEntity } from './space.entity';
import { UserEntity } from './user.entity';

/** An in-app notification for one person ("Sei stato invitato nel tavolo …"). */
@Entity({ name: 'notification' })
@Index('idx_notification_user', ['userId', 'readAt', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: Relation<UserEntity>;

  @Column({ name: 'space_id', type: 'text', nullable: true })
  spaceId!: string | null;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'space_id' })
  space!: Relation<SpaceEntity> | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  body!: string | null;

  /** Path inside the web app, e.g. /spazi/tavolo-casa/membri. */
  @Column({ type: 'text', nullable: true })
  link!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
