import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { IndicatorEntity } from './indicator.entity';

/** The value an indicator should reach by the end of a year of the plan. */
@Entity({ name: 'indicator_target' })
export class IndicatorTargetEntity {
  @PrimaryColumn({ name: 'indicator_id', type: 'uuid' })
  indicatorId!: string;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id' })
  indicator!: Relation<IndicatorEntity>;

  @Column({ type: 'numeric', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  value!: number;
}
