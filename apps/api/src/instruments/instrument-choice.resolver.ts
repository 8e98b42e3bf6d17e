import { instrumentOf } from '@condivisa/db';
import { AppError, GUIDED_QUESTIONS, readGuidedAnswers, suggestInstruments } from '@condivisa/domain';
import { Args, ArgsType, Field, Query, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { InstrumentAnswerInput } from './instrument-answer.input';
import { InstrumentQuestion } from './instrument-question.model';
import { InstrumentSuggestion } from './instrument-suggestion.model';
import { toInstrument } from './instrument.mapper';
import { InstrumentsService } from './instruments.service';

@ArgsType()
class SuggestInstrumentsArgs {
  @Field(() => [InstrumentAnswerInput], { description: 'Le risposte date finora; le domande senza risposta non escludono nulla' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => InstrumentAnswerInput)
  answers!: InstrumentAnswerInput[];
}

/** The guided choice: questions as data, and the verdict on every instrument for the answers given. */
@Resolver()
export class InstrumentChoiceResolver {
  constructor(private readonly instruments: InstrumentsService) {}

  @Query(() => [InstrumentQuestion], { description: 'Le domande della scelta guidata, nell’ordine in cui si pongono' })
  instrumentQuestions(): InstrumentQuestion[] {
    return GUIDED_QUESTIONS.map((q) => ({ ...q, options: [...q.options] }));
  }

  @Query(() => [InstrumentSuggestion], { description: 'Per ogni strumento: suggerito (con le risposte che vi portano) o escluso (con le regole che lo escludono); prima i suggeriti, dal più adatto' })
  async suggestInstruments(@Args() { answers }: SuggestInstrumentsArgs): Promise<InstrumentSuggestion[]> {
    const { answers: read, problems } = readGuidedAnswers(answers);
    if (problems.length > 0) throw AppError.badInput('Risposte non valide', problems);
    const catalogue = await this.instruments.catalogue();
    const byId = new Map(catalogue.map((e) => [e.id, e]));
    return suggestInstruments(catalogue.map(instrumentOf), read).map((s) => ({ ...s, instrument: toInstrument(byId.get(s.instrument.id)!) }));
  }
}
