import { Column, Entity, PrimaryColumn } from 'typeorm';

export type InstrumentSourceKindValue = 'LAW' | 'RULING' | 'GUIDELINE' | 'COMMENTARY';

/** A law, ruling, guideline or commentary the instrument map rests on. */
@Entity({ name: 'instrument_source' })
export class InstrumentSourceEntity {
  /** The id of instruments.json ("src-cts"). */
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  url!: string;

  @Column({ type: 'enum', enum: ['LAW', 'RULING', 'GUIDELINE', 'COMMENTARY'], enumName: 'instrument_source_kind' })
  kind!: InstrumentSourceKindValue;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'boolean', default: false })
  unverified!: boolean;
}
