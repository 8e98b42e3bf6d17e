import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ObjectiveEntity } from './objective.entity';

/** An action of an objective, for one year or (year null) for several. */
@Entity({ name: 'objective_action' })
@Index('idx_objective_action_objective', ['objectiveId', 'position'])
export class ObjectiveActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Null for actions of a space's own path (a template such as the Piano di Zona), see spaceId. */
  @Column({ name: 'objective_id', type: 'text', nullable: true })
  objectiveId!: string | null;

  @ManyToOne(() => ObjectiveEntity, (o) => o.actions, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'objective_id' })
  objective!: Relation<ObjectiveEntity>;

  @Column({ type: 'integer', nullable: true })
  year!: number | null;

  /** For multi-year actions the source lists the years; empty when it names none. */
  @Column({ type: 'integer', array: true, default: () => "'{}'" })
  years!: number[];

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text', nullable: true })
  setting!: string | null;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'enum', enum: ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'AT_RISK', 'DROPPED'], enumName: 'action_status', default: 'NOT_STARTED' })
  status!: 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE' | 'AT_RISK' | 'DROPPED';

  @Column({ name: 'status_justification', type: 'text', nullable: true })
  statusJustification!: string | null;

  /** The body that answers for it (Ufficio di Piano, ASST, tavolo…). */
  @Column({ name: 'owner_body', type: 'text', nullable: true })
  ownerBody!: string | null;

  @Column({ name: 'status_changed_at', type: 'timestamptz', nullable: true })
  statusChangedAt!: Date | null;

  @Column({ name: 'status_changed_by_id', type: 'uuid', nullable: true })
  statusChangedById!: string | null;

  /** Set for actions created from a template (e.g. the Piano di Zona phases). */
  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  /** The space that runs it, for actions created from a template in a space. */
  @Column({ name: 'space_id', type: 'text', nullable: true })
  spaceId!: string | null;

  /** What closes it (template phases): the evidence required. */
  @Column({ name: 'evidence_required', type: 'text', array: true, default: () => "'{}'" })
  evidenceRequired!: string[];
}
