import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ObjectiveEntity } from './objective.entity';

export type IndicatorUnitValue = 'COUNT' | 'PERCENT' | 'EUR' | 'NUMBER';
export type ComputedIndicatorValue = 'MEETINGS_HELD' | 'MINUTES_PUBLISHED' | 'MODEL_VERSIONS_APPROVED' | 'EXPERIENCES_RECORDED';

/** An indicator of an objective: baseline, yearly targets, half-year values (entered, or computed by the platform). */
@Entity({ name: 'indicator' })
@Index('idx_indicator_objective', ['objectiveId', 'createdAt'])
export class IndicatorEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Null for indicators of a space's own path (see spaceId). */
  @Column({ name: 'objective_id', type: 'text', nullable: true })
  objectiveId!: string | null;

  @ManyToOne(() => ObjectiveEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'objective_id' })
  objective!: Relation<ObjectiveEntity>;

  /** Set for indicators a template created for one space (e.g. a Piano di Zona path). */
  @Column({ name: 'space_id', type: 'text', nullable: true })
  spaceId!: string | null;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'enum', enum: ['COUNT', 'PERCENT', 'EUR', 'NUMBER'], enumName: 'indicator_unit' })
  unit!: IndicatorUnitValue;

  @Column({ type: 'enum', enum: ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'], enumName: 'indicator_direction', default: 'HIGHER_IS_BETTER' })
  direction!: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';

  @Column({ name: 'baseline_value', type: 'numeric', nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  baselineValue!: number | null;

  @Column({ name: 'baseline_date', type: 'date', nullable: true })
  baselineDate!: string | null;

  @Column({ name: 'data_source', type: 'text', default: '' })
  dataSource!: string;

  /** Computed from the platform's own records over the objective's spaces; null = entered by people. */
  @Column({ type: 'enum', enum: ['MEETINGS_HELD', 'MINUTES_PUBLISHED', 'MODEL_VERSIONS_APPROVED', 'EXPERIENCES_RECORDED'], enumName: 'computed_indicator', nullable: true })
  computed!: ComputedIndicatorValue | null;

  /** Shown on the public dashboard. */
  @Column({ name: 'is_public', type: 'boolean', default: true })
  isPublic!: boolean;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
