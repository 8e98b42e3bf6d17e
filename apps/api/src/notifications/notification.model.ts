import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Una notifica per la persona collegata' })
export class Notification {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  body!: string | null;

  @Field(() => String, { nullable: true, description: "Percorso nell'app web" })
  link!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Boolean)
  read!: boolean;

  spaceId!: string | null;
}
