import { Field, ID, ObjectType } from '@nestjs/graphql';
import { User } from '../identity/user.model';

@ObjectType({ description: 'Una riga del registro delle modifiche' })
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  action!: string;

  @Field(() => User, { nullable: true })
  actor!: User | null;

  @Field(() => Date)
  at!: Date;

  @Field(() => String)
  entityType!: string;

  @Field(() => String)
  entityId!: string;

  @Field(() => String, { description: 'Dettagli in JSON' })
  details!: string;
}
