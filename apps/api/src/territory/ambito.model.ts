import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Comune } from './comune.model';

@ObjectType({ description: 'Ambito Territoriale Sociale' })
export class Ambito {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String], { description: 'Altri nomi con cui il documento lo indica' })
  aliases!: string[];

  @Field(() => [Comune])
  comuni!: Comune[];

  @Field(() => Int)
  comuniCount!: number;

  @Field(() => Float, { description: 'Quota FNPS annua in euro, come stampata (2 decimali)' })
  fnpsQuotaPerYear!: number;

  @Field(() => Int, { description: 'Quota FNPS annua in centesimi di euro' })
  fnpsQuotaPerYearCents!: number;

  distrettoId!: string;
}
