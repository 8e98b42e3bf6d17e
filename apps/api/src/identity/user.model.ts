import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PlatformRole } from '@condivisa/domain';
import { Organization } from '../organizations/organization.model';

registerEnumType(PlatformRole, { name: 'PlatformRole', description: 'Ruolo sulla piattaforma' });

@ObjectType({ description: "L'appartenenza di una persona a un ente" })
export class OrganizationMembership {
  @Field(() => Organization)
  organization!: Organization;

  @Field(() => String, { nullable: true, description: "Ruolo o qualifica nell'ente" })
  position!: string | null;
}

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

@ObjectType({ description: 'Un invito inviato per e-mail' })
export class Invitation {
  @Field(() => String)
  email!: string;

  @Field(() => Date, { nullable: true, description: 'Scadenza del link; null se la persona aveva già un account attivo' })
  expiresAt!: Date | null;

  @Field(() => User)
  user!: User;
}
