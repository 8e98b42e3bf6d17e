import { Column, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryColumn, type Relation } from 'typeorm';
import { ComuneEntity } from './comune.entity';
import { DistrettoEntity } from './distretto.entity';

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
