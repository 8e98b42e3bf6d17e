import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'I totali del territorio, con le discrepanze della fonte dichiarate' })
export class Territory {
  @Field(() => String)
  province!: string;

  @Field(() => Int)
  ambitiCount!: number;

  @Field(() => Int, { description: 'Comuni elencati nel documento (242)' })
  comuniListed!: number;

  @Field(() => Int, { description: 'Comuni della provincia (243)' })
  comuniOfficial!: number;

  @Field(() => Int, { description: 'Somma delle 14 quote FNPS, in centesimi' })
  fnpsQuotaSumCents!: number;

  @Field(() => Int, { description: 'Totale FNPS dichiarato nella riga TOTALE del documento, in centesimi' })
  fnpsStatedTotalCents!: number;

  @Field(() => Int, { description: 'Somma meno totale dichiarato, in centesimi' })
  fnpsDifferenceCents!: number;

  @Field(() => String)
  fnpsNote!: string;
}
