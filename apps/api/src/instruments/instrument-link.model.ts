import { Field, ID, ObjectType } from '@nestjs/graphql';
import { InstrumentRelationKind, RelationDirection } from './instrument-enums';

@ObjectType({ description: "Una relazione vista da uno strumento: in uscita o in entrata, con l'altro strumento" })
export class InstrumentLink {
  @Field(() => ID)
  relationId!: string;

  @Field(() => RelationDirection)
  direction!: RelationDirection;

  @Field(() => InstrumentRelationKind)
  kind!: InstrumentRelationKind;

  @Field(() => String, { description: 'La relazione in italiano dal punto di vista di questo strumento (es. «è preceduto da»)' })
  label!: string;

  @Field(() => String)
  note!: string;

  @Field(() => Boolean)
  unverified!: boolean;

  otherId!: string;
}
