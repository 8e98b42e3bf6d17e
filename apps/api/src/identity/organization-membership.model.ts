import { Field, ObjectType } from '@nestjs/graphql';
import { Organization } from '../organizations/organization.model';

@ObjectType({ description: "L'appartenenza di una persona a un ente" })
export class OrganizationMembership {
  @Field(() => Organization)
  organization!: Organization;

  @Field(() => String, { nullable: true, description: "Ruolo o qualifica nell'ente" })
  position!: string | null;
}
