import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { MeetingEntity } from './meeting.entity';
import { OrganizationEntity } from './organization.entity';

/** One point of a meeting's agenda (ordine del giorno), in order. */
@Entity({ name: 'agenda_item' })
@Index('idx_agenda_item_meeting', ['meetingId', 'position'])
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting!: Relation<MeetingEntity>;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ name: 'presenter_organization_id', type: 'text', nullable: true })
  presenterOrganizationId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'presenter_organization_id' })
  presenterOrganization!: Relation<OrganizationEntity> | null;

  /** Documents of the space linked to this point. */
  @Column({ name: 'document_ids', type: 'uuid', array: true, default: () => "'{}'" })
  documentIds!: string[];
}
