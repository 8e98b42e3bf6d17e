import type { InstrumentSnapshot } from '@condivisa/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "Lo stato di uno strumento dopo una modifica, con autore, momento e motivo. La revisione 1 sono i dati iniziali" })
export class InstrumentRevision {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  instrumentId!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => String)
  reason!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => [String], { description: 'Campi cambiati rispetto alla revisione precedente' })
  changedFields!: string[];

  authorId!: string | null;
  snapshot!: InstrumentSnapshot;
}
