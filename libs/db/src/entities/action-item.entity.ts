import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { MeetingEntity } from './meeting.entity';
import { OrganizationEntity } from './organization.entity';

export type ActionItemStatusValue = 'OPEN' | 'IN_PROGRESS' | 'DONE';

/** Something a meeting decided to do: what, which organisation, by when; tracked until done. */
@Entity({ name: 'action_item' })
@Index('idx_action_item_space', ['spaceId', 'status', 'dueDate'])
export class ActionItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting!: Relation<MeetingEntity>;

  @Column({ name: 'space_id', type: 'text' })
  spaceId!: string;

  @Column({ type: 'text' })
  what!: string;

  @Column({ name: 'organization_id', type: 'text', nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organization_id' })
  organization!: Relation<OrganizationEntity> | null;

  /** A calendar day (YYYY-MM-DD), Europe/Rome. */
  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ type: 'enum', enum: ['OPEN', 'IN_PROGRESS', 'DONE'], enumName: 'action_item_status', default: 'OPEN' })
  status!: ActionItemStatusValue;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
