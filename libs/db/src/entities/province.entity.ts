import { Column, Entity, PrimaryColumn } from 'typeorm';

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
