import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { AsstEntity } from './asst.entity';

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
