import { Field, ID, ObjectType } from '@nestjs/graphql';
import { User } from '../identity/user.model';

@ObjectType({ description: 'Un fatto accaduto in uno spazio, già descritto in italiano' })
export class ActivityEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  spaceId!: string;

  @Field(() => String, { description: 'Codice dell’azione, es. member.joined' })
  action!: string;

  @Field(() => String)
  summary!: string;

  @Field(() => User, { nullable: true })
  actor!: User | null;

  @Field(() => Date)
  at!: Date;
}
