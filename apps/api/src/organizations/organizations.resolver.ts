import { Inject, UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { PubSub } from 'graphql-subscriptions';
import { Ctx } from '../common/current-user.decorator';
import type { RequestContext } from '../common/request-context';
import { PUB_SUB } from '../events/events.module';
import { SignedInGuard } from '../common/signed-in.guard';
import { Ambito } from '../territory/ambito.model';
import { TerritoryService } from '../territory/territory.service';
import { CreateOrganizationInput } from './create-organization.input';
import { OrganizationFilter } from './organization-filter.input';
import { UpdateOrganizationInput } from './update-organization.input';
import { toOrganization } from './organization.mapper';
import { Organization } from './organization.model';
import { OrganizationsService } from './organizations.service';

const ORGANIZATION_CHANGED = 'organizationChanged';

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(
    private readonly service: OrganizationsService,
    private readonly territory: TerritoryService,
    @Inject(PUB_SUB) private readonly pubSub: PubSub,
  ) {}

  @Query(() => [Organization], { description: 'Enti, filtrabili per settore, tipo, Ambito e testo' })
  async organizations(@Args('filter', { type: () => OrganizationFilter, nullable: true }) filter?: OrganizationFilter): Promise<Organization[]> {
    return (await this.service.list(filter ?? {})).map(toOrganization);
  }

  @Query(() => Organization, { nullable: true })
  async organization(@Args('id', { type: () => ID }) id: string): Promise<Organization | null> {
    const found = await this.service.get(id);
    return found ? toOrganization(found) : null;
  }

  @Query(() => [String], { description: 'I tipi di ente presenti, per i filtri' })
  organizationTypes(): Promise<string[]> {
    return this.service.types();
  }

  @Mutation(() => Organization, { description: 'Crea un ente (solo amministratori)' })
  @UseGuards(SignedInGuard)
  async createOrganization(@Args('input') input: CreateOrganizationInput, @Ctx() ctx: RequestContext): Promise<Organization> {
    const actor = ctx.user!;
    const created = toOrganization(await this.service.create(actor, input));
    await this.pubSub.publish(ORGANIZATION_CHANGED, { [ORGANIZATION_CHANGED]: created });
    return created;
  }

  @Mutation(() => Organization, { description: 'Modifica un ente (solo amministratori)' })
  @UseGuards(SignedInGuard)
  async updateOrganization(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateOrganizationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Organization> {
    const actor = ctx.user!;
    const updated = toOrganization(await this.service.update(actor, id, input));
    await this.pubSub.publish(ORGANIZATION_CHANGED, { [ORGANIZATION_CHANGED]: updated });
    return updated;
  }

  @Subscription(() => Organization, { description: 'Un ente creato o modificato' })
  organizationChanged(): AsyncIterableIterator<unknown> {
    return this.pubSub.asyncIterableIterator(ORGANIZATION_CHANGED);
  }

  @ResolveField(() => Ambito, { nullable: true })
  ambito(@Parent() org: Organization): Promise<Ambito | null> {
    return org.ambitoId ? this.territory.ambito(org.ambitoId) : Promise.resolve(null);
  }

  @ResolveField(() => Organization, { nullable: true })
  async parent(@Parent() org: Organization): Promise<Organization | null> {
    if (!org.parentId) return null;
    const parent = await this.service.get(org.parentId);
    return parent ? toOrganization(parent) : null;
  }
}
