import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { AmbitoEntity } from './ambito.entity';

@Entity({ name: 'comune' })
@Index('idx_comune_ambito', ['ambitoId', 'position'])
export class ComuneEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  /** The name exactly as printed in the source. */
  @Column({ type: 'text' })
  name!: string;

  /** Where the printed name is probably a misspelling, the official form. */
  @Column({ name: 'probable_official_name', type: 'text', nullable: true })
  probableOfficialName!: string | null;

  @Column({ name: 'ambito_id', type: 'text' })
  ambitoId!: string;

  @ManyToOne(() => AmbitoEntity, (a) => a.comuni, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ambito_id' })
  ambito!: Relation<AmbitoEntity>;

  @Column({ type: 'integer' })
  position!: number;
}
