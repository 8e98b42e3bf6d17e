import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { MeetingEntity } from './meeting.entity';

export type RsvpResponseValue = 'YES' | 'NO' | 'MAYBE';

/** A member's answer to a meeting invitation (every member of the space is invited). */
@Entity({ name: 'meeting_rsvp' })
export class MeetingRsvpEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting!: Relation<MeetingEntity>;

  @Column({ type: 'enum', enum: ['YES', 'NO', 'MAYBE'], enumName: 'rsvp_response' })
  response!: RsvpResponseValue;

  @UpdateDateColumn({ name: 'responded_at', type: 'timestamptz' })
  respondedAt!: Date;
}
