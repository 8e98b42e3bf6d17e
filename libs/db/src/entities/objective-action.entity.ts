import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ObjectiveEntity } from './objective.entity';

/** An action of an objective, for one year or (year null) for several. */
@Entity({ name: 'objective_action' })
@Index('idx_objective_action_objective', ['objectiveId', 'position'])
export class ObjectiveActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'objective_id', type: 'text' })
  objectiveId!: string;

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
}
