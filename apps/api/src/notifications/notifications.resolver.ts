import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/current-user.decorator';
import type { RequestContext } from '../common/request-context';
import { SignedInGuard } from '../common/signed-in.guard';
import { toSpace } from '../spaces/space.mapper';
import { Space } from '../spaces/space.model';
import { Notification } from './notification.model';
import { NotificationsService } from './notifications.service';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => [Notification], { description: 'Le mie notifiche, dalla più recente' })
  @UseGuards(SignedInGuard)
  async notifications(
    @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly: boolean | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<Notification[]> {
    const rows = await this.service.list(ctx.user!.id, unreadOnly ?? false);
    return rows.map((n) => ({ id: n.id, title: n.title, body: n.body, link: n.link, createdAt: n.createdAt, read: n.readAt !== null, spaceId: n.spaceId }));
  }

  @Query(() => Int)
  unreadNotificationCount(@Ctx() ctx: RequestContext): Promise<number> {
    return ctx.user ? this.service.unreadCount(ctx.user.id) : Promise.resolve(0);
  }

  @Mutation(() => Int, { description: 'Segna come lette le notifiche indicate (tutte se ids è null); restituisce quante' })
  @UseGuards(SignedInGuard)
  markNotificationsRead(@Args('ids', { type: () => [ID], nullable: true }) ids: string[] | null | undefined, @Ctx() ctx: RequestContext): Promise<number> {
    const valid = ids?.filter((id) => /^[0-9a-f-]{36}$/i.test(id)) ?? null;
    return this.service.markRead(ctx.user!.id, valid);
  }

  @ResolveField(() => Space, { nullable: true })
  async space(@Parent() n: Notification, @Ctx() ctx: RequestContext): Promise<Space | null> {
    if (!n.spaceId) return null;
    const space = await ctx.loaders.space.load(n.spaceId);
    return space ? toSpace(space) : null;
  }
}
