import { SpaceMemberEntity, UserEntity } from '@condivisa/db';
import { AppError, may } from '@condivisa/domain';
import { Inject } from '@nestjs/common';
import { Args, ID, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PubSub } from 'graphql-subscriptions';
import { DataSource } from 'typeorm';
import { Ctx } from '../common/current-user.decorator';
import type { RequestContext } from '../common/request-context';
import { PUB_SUB } from '../events/events.module';
import { User } from '../identity/user.model';
import { toUser } from '../identity/user.mapper';
import { ActivityEvent } from './activity-event.model';
import { activityTopic } from './activity.service';
import { resourceState } from './space-access';

export type WithActorId = { actor: User | null; actorId?: string | null };

/**
 * Live activity of a space over graphql-ws. Membership is checked when subscribing and again for
 * every event, from the database: someone removed from the space stops receiving at once.
 */
@Resolver(() => ActivityEvent)
export class ActivityResolver {
  constructor(
    @Inject(PUB_SUB) private readonly pubSub: PubSub,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Subscription(() => ActivityEvent, {
    description: "Le attività di uno spazio in tempo reale (solo per i membri)",
    filter(this: ActivityResolver, payload: { spaceActivity: ActivityEvent }, _vars: unknown, ctx: RequestContext) {
      return this.mayRead(ctx.user, payload.spaceActivity.spaceId);
    },
  })
  async spaceActivity(@Args('spaceId', { type: () => ID }) spaceId: string, @Ctx() ctx: RequestContext): Promise<AsyncIterableIterator<unknown>> {
    if (!ctx.user) throw AppError.unauthenticated();
    if (!(await this.mayRead(ctx.user, spaceId))) throw AppError.forbidden("Solo i membri dello spazio possono seguirne l'attività.");
    return this.pubSub.asyncIterableIterator(activityTopic(spaceId));
  }

  @ResolveField(() => User, { nullable: true })
  async actor(@Parent() event: ActivityEvent & WithActorId, @Ctx() ctx: RequestContext): Promise<User | null> {
    return resolveActor(event, ctx);
  }

  /** Fresh from the database on purpose: a subscription's context lives as long as the socket. */
  private async mayRead(user: UserEntity | null, spaceId: string): Promise<boolean> {
    if (!user) return false;
    const [fresh, member, space] = await Promise.all([
      this.db.getRepository(UserEntity).findOneBy({ id: user.id }),
      this.db.getRepository(SpaceMemberEntity).findOneBy({ spaceId, userId: user.id }),
      this.db.query<{ archived_at: Date | null; visibility: 'MEMBERS' | 'PUBLIC' }[]>('SELECT archived_at, visibility FROM space WHERE id = $1', [spaceId]),
    ]);
    if (!fresh || fresh.disabledAt || space.length === 0) return false;
    const state = resourceState({ id: spaceId, archivedAt: space[0]!.archived_at, visibility: space[0]!.visibility } as never);
    return may({ platformRole: fresh.platformRole, spaceRole: member?.role ?? null }, 'space.activity.read', state);
  }
}

/** The actor of an event: carried by live events, loaded in one batch for stored ones. */
export async function resolveActor(item: WithActorId, ctx: RequestContext): Promise<User | null> {
  if (item.actor) return item.actor;
  if (!item.actorId) return null;
  const user = await ctx.loaders.user.load(item.actorId);
  return user ? toUser(user) : null;
}
