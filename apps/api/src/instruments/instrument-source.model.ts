import { Field, ID, ObjectType } from '@nestjs/graphql';
import { InstrumentSourceKind } from './instrument-enums';

@ObjectType({ description: 'Una fonte della mappa: norma, sentenza, linee guida o commento' })
export class InstrumentSource {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  url!: string;

  @Field(() => InstrumentSourceKind)
  kind!: InstrumentSourceKind;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Boolean, { description: 'Dato non confermato nelle fonti consultate' })
  unverified!: boolean;
}
