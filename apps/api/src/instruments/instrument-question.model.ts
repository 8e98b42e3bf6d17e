import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType()
class InstrumentQuestionOption {
  @Field(() => ID) id!: string;
  @Field(() => String) label!: string;
}

@ObjectType({ description: 'Una domanda della scelta guidata, con le risposte possibili' })
export class InstrumentQuestion {
  @Field(() => ID) id!: string;
  @Field(() => String) text!: string;
  @Field(() => String) help!: string;
  @Field(() => [InstrumentQuestionOption]) options!: InstrumentQuestionOption[];
}
