import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@InputType({ description: 'Una risposta della scelta guidata: la domanda e l’opzione scelta (da instrumentQuestions)' })
export class InstrumentAnswerInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(50)
  questionId!: string;

  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  optionId!: string;
}
