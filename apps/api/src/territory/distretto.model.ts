import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

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
