import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { MeetingEntity } from './meeting.entity';
import { OrganizationEntity } from './organization.entity';

export type AttendanceStatusValue = 'PRESENT' | 'ABSENT' | 'REPRESENTED';

/** Whether an organisation of the space was at the meeting, as the coordinator recorded it. */
@Entity({ name: 'meeting_attendance' })
export class MeetingAttendanceEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @PrimaryColumn({ name: 'organization_id', type: 'text' })
  organizationId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting!: Relation<MeetingEntity>;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization!: Relation<OrganizationEntity>;

  @Column({ type: 'enum', enum: ['PRESENT', 'ABSENT', 'REPRESENTED'], enumName: 'attendance_status' })
  status!: AttendanceStatusValue;

  /** For REPRESENTED: who stood in (a person or another body). */
  @Column({ name: 'represented_by', type: 'text', nullable: true })
  representedBy!: string | null;
}
