import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Un Comune, con il nome come stampato nel documento di origine' })
export class Comune {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Forma ufficiale probabile, dove il nome stampato sembra un refuso' })
  probableOfficialName!: string | null;
}

@ObjectType({ description: 'Azienda Socio Sanitaria Territoriale' })
export class Asst {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType({ description: "Distretto di un'ASST" })
export class Distretto {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => String)
  name!: string;

  asstId!: string;
}

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
