import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { AmbitoEntity } from './ambito.entity';
import { InstrumentEntity } from './instrument.entity';
import { SpaceEntity } from './space.entity';
import { UserEntity } from './user.entity';

export interface ExperienceLink {
  url: string;
  label: string | null;
}

/** The territory's experience: an instrument used by an Ambito (or a space) for an area in a year. */
@Entity({ name: 'instrument_experience' })
@Index('idx_instrument_experience_instrument', ['instrumentId'])
@Index('idx_instrument_experience_ambito', ['ambitoId'])
@Check('chk_instrument_experience_where', '"ambito_id" IS NOT NULL OR "space_id" IS NOT NULL')
@Check('chk_instrument_experience_year', '"year" BETWEEN 2000 AND 2100')
export class InstrumentExperienceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'instrument_id', type: 'text' })
  instrumentId!: string;

  @ManyToOne(() => InstrumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'instrument_id' })
  instrument!: Relation<InstrumentEntity>;

  @Column({ name: 'ambito_id', type: 'text', nullable: true })
  ambitoId!: string | null;

  @ManyToOne(() => AmbitoEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'ambito_id' })
  ambito!: Relation<AmbitoEntity> | null;

  @Column({ name: 'space_id', type: 'text', nullable: true })
  spaceId!: string | null;

  @ManyToOne(() => SpaceEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'space_id' })
  space!: Relation<SpaceEntity> | null;

  /** One of the catalogue's areas ("casa e abitare"). */
  @Column({ type: 'text' })
  area!: string;

  @Column({ type: 'integer' })
  year!: number;

  /** What was done, in a sentence or two. */
  @Column({ type: 'text' })
  description!: string;

  /** Partner organisations, as named by who recorded it. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  partners!: string[];

  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  /** Documents and published minutes (http/https only). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  links!: ExperienceLink[];

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_id' })
  author!: Relation<UserEntity> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
