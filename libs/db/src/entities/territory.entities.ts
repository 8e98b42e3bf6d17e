import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryColumn, type Relation } from 'typeorm';

/** The province as a whole; holds the facts printed once for all Ambiti (the FNPS total line). */
@Entity({ name: 'province' })
export class ProvinceEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** The total the source document prints, kept even where it differs from the sum of the quotas. */
  @Column({ name: 'fnps_stated_total_cents', type: 'integer' })
  fnpsStatedTotalCents!: number;

  @Column({ name: 'fnps_note', type: 'text', default: '' })
  fnpsNote!: string;

  /** Number of municipalities in the province (243), as opposed to the ones the document lists. */
  @Column({ name: 'official_comuni_count', type: 'integer' })
  officialComuniCount!: number;
}

@Entity({ name: 'asst' })
export class AsstEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @OneToMany(() => DistrettoEntity, (d) => d.asst)
  distretti!: Relation<DistrettoEntity[]>;
}

@Entity({ name: 'distretto' })
export class DistrettoEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'asst_id', type: 'text' })
  asstId!: string;

  @ManyToOne(() => AsstEntity, (a) => a.distretti, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'asst_id' })
  asst!: Relation<AsstEntity>;
}

@Entity({ name: 'ambito' })
export class AmbitoEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases!: string[];

  @Column({ name: 'distretto_id', type: 'text' })
  distrettoId!: string;

  @ManyToOne(() => DistrettoEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'distretto_id' })
  distretto!: Relation<DistrettoEntity>;

  /** FNPS quota per year in euro cents, as printed in the Risorse table. */
  @Column({ name: 'fnps_quota_cents', type: 'integer' })
  fnpsQuotaCents!: number;

  /** Order of the Ambito in the source document. */
  @Column({ type: 'integer' })
  position!: number;

  @OneToMany(() => ComuneEntity, (c) => c.ambito)
  comuni!: Relation<ComuneEntity[]>;
}

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
