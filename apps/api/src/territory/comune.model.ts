import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Un Comune, con il nome come stampato nel documento di origine' })
export class Comune {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Forma ufficiale probabile, dove il nome stampato sembra un refuso' })
  probableOfficialName!: string | null;
}
