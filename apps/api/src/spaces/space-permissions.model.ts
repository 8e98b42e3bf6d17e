import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Che cosa può fare chi guarda lo spazio (dalla policy)' })
export class SpacePermissions {
  @Field(() => Boolean) canUpdate!: boolean;
  @Field(() => Boolean) canArchive!: boolean;
  @Field(() => Boolean) canCreateChild!: boolean;
  @Field(() => Boolean) canReadMembers!: boolean;
  @Field(() => Boolean) canInvite!: boolean;
  @Field(() => Boolean) canManageMembers!: boolean;
  @Field(() => Boolean) canLeave!: boolean;
  @Field(() => Boolean) canReadActivity!: boolean;
  @Field(() => Boolean) canReadAudit!: boolean;
  @Field(() => Boolean) canCreateDocument!: boolean;
}
