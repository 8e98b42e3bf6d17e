import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { SuggestionStatus } from './instrument-enums';
import { Instrument } from './instrument.model';

@ObjectType({ description: 'Una risposta e che cosa ha comportato per lo strumento' })
class SuggestionReason {
  @Field(() => ID) questionId!: string;
  @Field(() => ID) optionId!: string;
  @Field(() => String) text!: string;
}

@ObjectType({ description: 'Il verdetto della scelta guidata su uno strumento: suggerito (con le risposte che vi portano) o escluso (con le regole che lo escludono)' })
export class InstrumentSuggestion {
  @Field(() => Instrument) instrument!: Instrument;
  @Field(() => SuggestionStatus) status!: SuggestionStatus;
  @Field(() => Float, { description: 'Più alto, più adatto; conta solo tra i suggeriti' }) score!: number;
  @Field(() => [SuggestionReason]) because!: SuggestionReason[];
  @Field(() => [SuggestionReason]) excludedBecause!: SuggestionReason[];
  @Field(() => [String], { description: 'Che cosa verificare prima di usarlo' }) cautions!: string[];
}
