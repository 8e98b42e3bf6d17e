import { Column, Entity, OneToMany, PrimaryColumn, type Relation } from 'typeorm';
import { DistrettoEntity } from './distretto.entity';

@Entity({ name: 'asst' })
export class AsstEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @OneToMany(() => DistrettoEntity, (d) => d.asst)
  distretti!: Relation<DistrettoEntity[]>;
}
