import { ReviewRuleKind } from '../models/model.model';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { SpaceKind, SpaceScope, SpaceVisibility } from './space-enums';

@ObjectType({ description: 'Un organismo collegiale: tavolo, gruppo di lavoro, cabina di regia, coordinamento, laboratorio, organismo' })
export class Space {
  @Field(() => ID)
  id!: string;

  @Field(() => SpaceKind)
  kind!: SpaceKind;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => SpaceScope)
  scope!: SpaceScope;

  @Field(() => SpaceVisibility)
  visibility!: SpaceVisibility;

  @Field(() => ReviewRuleKind, { description: 'Come si chiudono le revisioni dei modelli dello spazio' })
  reviewRule!: ReviewRuleKind;

  @Field(() => Boolean)
  archived!: boolean;

  ambitoId!: string | null;
  parentId!: string | null;
}
