import { Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ObjectiveEntity } from './objective.entity';
import { SpaceEntity } from './space.entity';

/** A space serves one or more provincial objectives. */
@Entity({ name: 'space_objective' })
export class SpaceObjectiveEntity {
  @PrimaryColumn({ name: 'space_id', type: 'text' })
  spaceId!: string;

  @PrimaryColumn({ name: 'objective_id', type: 'text' })
  objectiveId!: string;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'space_id' })
  space!: Relation<SpaceEntity>;

  @ManyToOne(() => ObjectiveEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'objective_id' })
  objective!: Relation<ObjectiveEntity>;
}
