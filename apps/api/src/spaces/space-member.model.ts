import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Organization } from '../organizations/organization.model';
import { User } from '../identity/user.model';
import { SpaceRole } from './space-enums';

@ObjectType({ description: 'Una persona che rappresenta un ente in uno spazio' })
export class SpaceMember {
  @Field(() => ID)
  id!: string;

  @Field(() => User)
  user!: User;

  @Field(() => Organization, { nullable: true })
  organization!: Organization | null;

  @Field(() => SpaceRole)
  role!: SpaceRole;

  @Field(() => Date)
  joinedAt!: Date;

  spaceId!: string;
}
