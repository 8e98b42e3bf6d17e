import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Un attributo di uno strumento come testo leggibile (un valore per i campi semplici)' })
export class InstrumentAttribute {
  @Field(() => String) field!: string;
  @Field(() => String) label!: string;
  @Field(() => Boolean) list!: boolean;
  @Field(() => [String]) values!: string[];
}
