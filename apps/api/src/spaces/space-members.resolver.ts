import { UseGuards } from '@nestjs/common';
import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';
import { Ctx } from '../common/current-user.decorator';
import type { RequestContext } from '../common/request-context';
import { SignedInGuard } from '../common/signed-in.guard';
import { User } from '../identity/user.model';
import { toUser } from '../identity/user.mapper';
import { InviteToSpaceInput } from './invite-to-space.input';
import { MembershipService } from './membership.service';
import { SpaceRole } from './space-enums';
import { SpaceMember } from './space-member.model';
import { toSpaceMember } from './space.mapper';

@ArgsType()
class UserSearchArgs {
  @Field(() => String)
  @IsString()
  @Length(1, 100)
  search!: string;
}

@Resolver(() => SpaceMember)
export class SpaceMembersResolver {
  constructor(private readonly membership: MembershipService) {}

  @Mutation(() => SpaceMember, { description: 'Invita una persona in uno spazio; invitare di nuovo la stessa persona non cambia nulla' })
  @UseGuards(SignedInGuard)
  async inviteToSpace(@Args('input') input: InviteToSpaceInput, @Ctx() ctx: RequestContext): Promise<SpaceMember> {
    return toSpaceMember(await this.membership.invite(ctx.user!, input, ctx.loaders));
  }

  @Mutation(() => SpaceMember)
  @UseGuards(SignedInGuard)
  async changeMemberRole(
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('role', { type: () => SpaceRole }) role: SpaceRole,
    @Ctx() ctx: RequestContext,
  ): Promise<SpaceMember> {
    return toSpaceMember(await this.membership.changeRole(ctx.user!, memberId, role, ctx.loaders));
  }

  @Mutation(() => Boolean, { description: "Rimuove una persona; l'ultimo coordinatore non si può rimuovere" })
  @UseGuards(SignedInGuard)
  async removeMember(@Args('memberId', { type: () => ID }) memberId: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    await this.membership.remove(ctx.user!, memberId, ctx.loaders);
    return true;
  }

  @Mutation(() => Boolean, { description: "Lascia uno spazio; l'ultimo coordinatore non può lasciarlo" })
  @UseGuards(SignedInGuard)
  async leaveSpace(@Args('spaceId', { type: () => ID }) spaceId: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    await this.membership.leave(ctx.user!, spaceId, ctx.loaders);
    return true;
  }

  @Query(() => [User], { description: 'Persone da invitare (per chi coordina uno spazio e per gli amministratori)' })
  @UseGuards(SignedInGuard)
  async users(@Args() args: UserSearchArgs, @Ctx() ctx: RequestContext): Promise<User[]> {
    return (await this.membership.searchUsers(ctx.user!, args.search)).map(toUser);
  }
}
