import { Field, ObjectType } from '@nestjs/graphql';
import { User } from './user.model';

@ObjectType({ description: 'Un invito inviato per e-mail' })
export class Invitation {
  @Field(() => String)
  email!: string;

  @Field(() => Date, { nullable: true, description: 'Scadenza del link; null se la persona aveva già un account attivo' })
  expiresAt!: Date | null;

  @Field(() => User)
  user!: User;
}
