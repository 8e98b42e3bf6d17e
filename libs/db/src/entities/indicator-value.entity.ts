import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { IndicatorEntity } from './indicator.entity';

/**
 * A half-year value of an indicator as someone entered it. Never updated: a correction is a new
 * row for the same semester (the latest counts), so the history keeps the old value and who gave it.
 */
@Entity({ name: 'indicator_value' })
@Index('idx_indicator_value', ['indicatorId', 'semester', 'enteredAt'])
export class IndicatorValueEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'indicator_id', type: 'uuid' })
  indicatorId!: string;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id' })
  indicator!: Relation<IndicatorEntity>;

  /** "2025-H1" … "2027-H2". */
  @Column({ type: 'text' })
  semester!: string;

  @Column({ type: 'numeric', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  value!: number;

  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({ name: 'entered_by_id', type: 'uuid' })
  enteredById!: string;

  @CreateDateColumn({ name: 'entered_at', type: 'timestamptz', precision: 6 })
  enteredAt!: Date;
}
