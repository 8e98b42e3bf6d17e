import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ObjectiveTrack {
  INTEGRAZIONE_SOCIOSANITARIA = 'INTEGRAZIONE_SOCIOSANITARIA',
  SOCIALE = 'SOCIALE',
}
registerEnumType(ObjectiveTrack, { name: 'ObjectiveTrack', description: 'Area degli obiettivi del Prologo' });

@ObjectType({ description: 'Un obiettivo del Prologo provinciale 2025-2027' })
export class Objective {
  @Field(() => ID)
  id!: string;

  @Field(() => ObjectiveTrack)
  track!: ObjectiveTrack;

  @Field(() => Int)
  number!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => [String])
  goals!: string[];

  @Field(() => [String], { description: 'Strumenti (piani, accordi…) dell’obiettivo' })
  tools!: string[];

  @Field(() => [String], { description: 'MONITORAGGIO' })
  monitoring!: string[];

  @Field(() => [String], { description: 'VERIFICA E VALUTAZIONE' })
  evaluation!: string[];

  @Field(() => [String], { description: 'GOVERNANCE: gli organismi' })
  governanceBodies!: string[];
}
