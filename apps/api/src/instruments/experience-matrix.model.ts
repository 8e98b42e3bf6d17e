import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Ambito } from '../territory/ambito.model';
import { Instrument } from './instrument.model';

@ObjectType({ description: 'Quante esperienze di uno strumento in un Ambito (ambitoId null: livello provinciale o sovra-ambito)' })
class ExperienceMatrixCell {
  @Field(() => ID, { nullable: true }) ambitoId!: string | null;
  @Field(() => ID) instrumentId!: string;
  @Field(() => Int) count!: number;
  @Field(() => [Int], { description: 'Gli anni delle esperienze, in ordine' }) years!: number[];
}

@ObjectType({ description: 'La matrice Ambiti × strumenti: dove ciascuno strumento è stato sperimentato' })
export class ExperienceMatrix {
  @Field(() => [Ambito]) ambiti!: Ambito[];
  @Field(() => [Instrument]) instruments!: Instrument[];
  @Field(() => [ExperienceMatrixCell], { description: 'Solo le celle con almeno una esperienza' }) cells!: ExperienceMatrixCell[];
  @Field(() => Int) total!: number;
}
