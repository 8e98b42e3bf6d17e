import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { InstrumentEntity } from './instrument.entity';

export type InstrumentRelationKindValue = 'PRECEDES' | 'ALTERNATIVE_TO' | 'REQUIRES' | 'SPECIALIZES' | 'EXCLUDES';

/** "from <kind> to", with a note: co-programmazione precedes co-progettazione. */
@Entity({ name: 'instrument_relation' })
@Index('uq_instrument_relation', ['fromId', 'toId', 'kind'], { unique: true })
@Index('idx_instrument_relation_to', ['toId'])
export class InstrumentRelationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'from_id', type: 'text' })
  fromId!: string;

  @ManyToOne(() => InstrumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'from_id' })
  from!: Relation<InstrumentEntity>;

  @Column({ name: 'to_id', type: 'text' })
  toId!: string;

  @ManyToOne(() => InstrumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'to_id' })
  to!: Relation<InstrumentEntity>;

  @Column({ type: 'enum', enum: ['PRECEDES', 'ALTERNATIVE_TO', 'REQUIRES', 'SPECIALIZES', 'EXCLUDES'], enumName: 'instrument_relation_kind' })
  kind!: InstrumentRelationKindValue;

  @Column({ type: 'text' })
  note!: string;

  @Column({ type: 'boolean', default: false })
  unverified!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
