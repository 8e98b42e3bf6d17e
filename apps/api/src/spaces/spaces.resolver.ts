import { AppError, may } from '@condivisa/domain';
import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/current-user.decorator';
import type { RequestContext } from '../common/request-context';
import { SignedInGuard } from '../common/signed-in.guard';
import { Objective, ObjectiveTrack } from '../objectives/objective.model';
import { Organization } from '../organizations/organization.model';
import { toOrganization } from '../organizations/organization.mapper';
import { Ambito } from '../territory/ambito.model';
import { TerritoryService } from '../territory/territory.service';
import { ActivityEvent } from './activity-event.model';
import { ActivityService } from './activity.service';
import { AuditEntry } from './audit-entry.model';
import { CreateSpaceInput } from './create-space.input';
import { actorIn, assertMay, resourceState, viewerMay } from './space-access';
import { SpaceRole } from './space-enums';
import { SpaceFilter } from './space-filter.input';
import { SpaceMember } from './space-member.model';
import { SpacePermissions } from './space-permissions.model';
import { toSpace, toSpaceMember } from './space.mapper';
import { Space } from './space.model';
import { SpacesService } from './spaces.service';
import { UpdateSpaceInput } from './update-space.input';

@Resolver(() => Space)
export class SpacesResolver {
  constructor(
    private readonly spaces: SpacesService,
    private readonly activityService: ActivityService,
    private readonly territory: TerritoryService,
  ) {}

  @Query(() => [Space], { name: 'spaces', description: 'Gli spazi visibili a chi è collegato (nessuno per i visitatori anonimi)' })
  async spacesList(@Args('filter', { type: () => SpaceFilter, nullable: true }) filter: SpaceFilter | undefined, @Ctx() ctx: RequestContext): Promise<Space[]> {
    const rows = await this.spaces.list(ctx.user, filter ?? {});
    rows.forEach((r) => ctx.loaders.space.prime(r.id, r));
    return rows.map(toSpace);
  }

  @Query(() => Space, { nullable: true })
  async space(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<Space | null> {
    const space = await ctx.loaders.space.load(id);
    if (!space || !(await viewerMay(ctx.user, 'space.read', space, ctx.loaders))) return null;
    return toSpace(space);
  }

  @Mutation(() => Space, { description: 'Crea uno spazio: di primo livello (amministratori) o dentro uno spazio che coordini' })
  @UseGuards(SignedInGuard)
  async createSpace(@Args('input') input: CreateSpaceInput, @Ctx() ctx: RequestContext): Promise<Space> {
    return toSpace(await this.spaces.create(ctx.user!, input, ctx.loaders));
  }

  @Mutation(() => Space)
  @UseGuards(SignedInGuard)
  async updateSpace(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateSpaceInput, @Ctx() ctx: RequestContext): Promise<Space> {
    return toSpace(await this.spaces.update(ctx.user!, id, input, ctx.loaders));
  }

  @Mutation(() => Space)
  @UseGuards(SignedInGuard)
  async archiveSpace(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<Space> {
    return toSpace(await this.spaces.archive(ctx.user!, id, ctx.loaders));
  }

  @ResolveField(() => Ambito, { nullable: true })
  ambito(@Parent() space: Space): Promise<Ambito | null> {
    return space.ambitoId ? this.territory.ambito(space.ambitoId) : Promise.resolve(null);
  }

  @ResolveField(() => Space, { nullable: true })
  async parent(@Parent() space: Space, @Ctx() ctx: RequestContext): Promise<Space | null> {
    if (!space.parentId) return null;
    const parent = await ctx.loaders.space.load(space.parentId);
    return parent ? toSpace(parent) : null;
  }

  @ResolveField(() => [Space])
  async children(@Parent() space: Space, @Ctx() ctx: RequestContext): Promise<Space[]> {
    const rows = await ctx.loaders.children.load(space.id);
    rows.forEach((r) => ctx.loaders.space.prime(r.id, r));
    return rows.filter((r) => !r.archivedAt).map(toSpace);
  }

  @ResolveField(() => [Objective])
  async objectives(@Parent() space: Space, @Ctx() ctx: RequestContext): Promise<Objective[]> {
    return (await ctx.loaders.objectives.load(space.id)).map((o) => ({ ...o, track: o.track as ObjectiveTrack }));
  }

  @ResolveField(() => [Organization], { description: 'Enti che i documenti di origine indicano come membri' })
  async memberOrganizations(@Parent() space: Space, @Ctx() ctx: RequestContext): Promise<Organization[]> {
    return (await ctx.loaders.memberOrganizations.load(space.id)).map(toOrganization);
  }

  @ResolveField(() => [SpaceMember], { description: 'Solo per i membri dello spazio e gli amministratori' })
  async members(@Parent() space: Space, @Ctx() ctx: RequestContext): Promise<SpaceMember[]> {
    const entity = (await ctx.loaders.space.load(space.id))!;
    await assertMay(ctx.user, 'space.members.read', entity, ctx.loaders, 'Solo i membri dello spazio possono vederne i partecipanti.');
    return (await ctx.loaders.members.load(space.id)).map(toSpaceMember);
  }

  @ResolveField(() => Int)
  memberCount(@Parent() space: Space, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loaders.memberCount.load(space.id);
  }

  @ResolveField(() => SpaceRole, { nullable: true, description: 'Il mio ruolo; null se non sono membro' })
  async myRole(@Parent() space: Space, @Ctx() ctx: RequestContext): Promise<SpaceRole | null> {
    return ctx.user ? ((await ctx.loaders.myRole.load(space.id)) as SpaceRole | null) : null;
  }

  @ResolveField(() => SpacePermissions)
  async permissions(@Parent() space: Space, @Ctx() ctx: RequestContext): Promise<SpacePermissions> {
    const entity = (await ctx.loaders.space.load(space.id))!;
    const actor = await actorIn(ctx.user, space.id, ctx.loaders);
    const state = resourceState(entity);
    const can = (action: Parameters<typeof may>[1]) => may(actor, action, state);
    return {
      canUpdate: can('space.update'),
      canArchive: can('space.archive'),
      canCreateChild: can('space.createChild'),
      canReadMembers: can('space.members.read'),
      canInvite: can('space.members.invite'),
      canManageMembers: can('space.members.changeRole') && can('space.members.remove'),
      canLeave: can('space.leave'),
      canReadActivity: can('space.activity.read'),
      canReadAudit: can('space.audit.read'),
      canCreateDocument: can('document.create'),
    };
  }

  @ResolveField(() => [ActivityEvent], { description: 'Le ultime attività, dalla più recente' })
  async activity(
    @Parent() space: Space,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ActivityEvent[]> {
    const entity = (await ctx.loaders.space.load(space.id))!;
    await assertMay(ctx.user, 'space.activity.read', entity, ctx.loaders, "Solo i membri dello spazio possono vederne l'attività.");
    if (limit < 1 || limit > 200) throw AppError.badInput('limit deve essere tra 1 e 200', [{ field: 'limit', message: 'Tra 1 e 200' }]);
    return this.activityService.feed(space.id, limit);
  }

  @ResolveField(() => [AuditEntry], { description: 'Registro delle modifiche (coordinatori e amministratori)' })
  async auditTrail(
    @Parent() space: Space,
    @Args('limit', { type: () => Int, defaultValue: 100 }) limit: number,
    @Ctx() ctx: RequestContext,
  ): Promise<AuditEntry[]> {
    const entity = (await ctx.loaders.space.load(space.id))!;
    await assertMay(ctx.user, 'space.audit.read', entity, ctx.loaders, 'Solo chi coordina lo spazio può leggerne il registro.');
    if (limit < 1 || limit > 500) throw AppError.badInput('limit deve essere tra 1 e 500', [{ field: 'limit', message: 'Tra 1 e 500' }]);
    return this.activityService.auditTrail(space.id, limit);
  }

  @ResolveField(() => Int, { description: 'Le mie notifiche non lette su questo spazio' })
  unreadCount(@Parent() space: Space, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loaders.unread.load(space.id);
  }
}
