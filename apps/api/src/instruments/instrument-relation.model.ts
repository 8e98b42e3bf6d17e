import { Field, ID, ObjectType } from '@nestjs/graphql';
import { InstrumentRelationKind } from './instrument-enums';

@ObjectType({ description: 'Una relazione tra due strumenti, letta «da → a» (es. la co-programmazione precede la co-progettazione)' })
export class InstrumentRelation {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  fromId!: string;

  @Field(() => ID)
  toId!: string;

  @Field(() => InstrumentRelationKind)
  kind!: InstrumentRelationKind;

  @Field(() => String)
  note!: string;

  @Field(() => Boolean)
  unverified!: boolean;

  @Field(() => Date)
  createdAt!: Date;
}
