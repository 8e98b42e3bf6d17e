import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Azienda Socio Sanitaria Territoriale' })
export class Asst {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}
