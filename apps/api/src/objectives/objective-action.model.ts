import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "Un'azione di un obiettivo, per un anno o per il triennio" })
export class ObjectiveAction {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'Anno; null per le azioni del triennio' })
  year!: number | null;

  @Field(() => [Int])
  years!: number[];

  @Field(() => String)
  text!: string;

  @Field(() => String, { nullable: true })
  setting!: string | null;
}
