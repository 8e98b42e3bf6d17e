import { Column, Entity, OneToMany, PrimaryColumn, type Relation } from 'typeorm';
import { ObjectiveActionEntity } from './objective-action.entity';

export type ObjectiveTrackValue = 'INTEGRAZIONE_SOCIOSANITARIA' | 'SOCIALE';

/** One of the 12 objectives of the Prologo (6 social-health integration, 6 social). */
@Entity({ name: 'objective' })
export class ObjectiveEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'enum', enum: ['INTEGRAZIONE_SOCIOSANITARIA', 'SOCIALE'], enumName: 'objective_track' })
  track!: ObjectiveTrackValue;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  goals!: string[];

  /** Instruments of the objective (plans, agreements…), as the Prologo lists them. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tools!: string[];

  /** MONITORAGGIO paragraph: how the objective is monitored. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  monitoring!: string[];

  /** VERIFICA E VALUTAZIONE paragraph. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  evaluation!: string[];

  /** GOVERNANCE: the bodies that steer it. */
  @Column({ name: 'governance_bodies', type: 'text', array: true, default: () => "'{}'" })
  governanceBodies!: string[];

  @OneToMany(() => ObjectiveActionEntity, (a) => a.objective)
  actions!: Relation<ObjectiveActionEntity[]>;
}
