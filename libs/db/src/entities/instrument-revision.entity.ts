import type { InstrumentSnapshot } from '@condivisa/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { InstrumentEntity } from './instrument.entity';
import { UserEntity } from './user.entity';

/**
 * The state of an instrument (content and outgoing relations) after one edit, with who made it
 * and why. Revision 1 is the seeded state (no author: "dati iniziali"). Never changed.
 */
@Entity({ name: 'instrument_revision' })
@Index('uq_instrument_revision_number', ['instrumentId', 'number'], { unique: true })
export class InstrumentRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'instrument_id', type: 'text' })
  instrumentId!: string;

  @ManyToOne(() => InstrumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'instrument_id' })
  instrument!: Relation<InstrumentEntity>;

  /** 1, 2, 3… per instrument. */
  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'jsonb' })
  snapshot!: InstrumentSnapshot;

  /** Fields that differ from the previous revision, for the history list. */
  @Column({ name: 'changed_fields', type: 'text', array: true, default: () => "'{}'" })
  changedFields!: string[];

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_id' })
  author!: Relation<UserEntity> | null;

  @Column({ type: 'text' })
  reason!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
