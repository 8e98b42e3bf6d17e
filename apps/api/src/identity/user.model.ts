import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PlatformRole } from '@condivisa/domain';

registerEnumType(PlatformRole, { name: 'PlatformRole', description: 'Ruolo sulla piattaforma' });

@ObjectType({ description: 'Una persona che usa Condivisa' })
export class User {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => PlatformRole)
  platformRole!: PlatformRole;
}
