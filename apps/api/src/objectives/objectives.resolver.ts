import { ObjectiveEntity } from '@condivisa/db';
import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Ctx } from '../common/current-user.decorator';
import type { RequestContext } from '../common/request-context';
import { toSpace } from '../spaces/space.mapper';
import { Space } from '../spaces/space.model';
import { ObjectiveAction, toAction } from './objective-action.model';
import { Objective, ObjectiveTrack } from './objective.model';

export function toObjective(e: ObjectiveEntity): Objective {
  return {
    id: e.id, track: e.track as ObjectiveTrack, number: e.number, title: e.title, description: e.description, goals: e.goals,
    tools: e.tools, monitoring: e.monitoring, evaluation: e.evaluation, governanceBodies: e.governanceBodies,
  };
}

/** The objectives of the Prologo are public: anyone may browse them. */
@Resolver(() => Objective)
export class ObjectivesResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Query(() => [Objective], { description: 'I 12 obiettivi del Prologo' })
  async objectives(): Promise<Objective[]> {
    return (await this.db.getRepository(ObjectiveEntity).find({ order: { track: 'ASC', number: 'ASC' } })).map(toObjective);
  }

  @Query(() => Objective, { nullable: true })
  async objective(@Args('id', { type: () => ID }) id: string): Promise<Objective | null> {
    const found = await this.db.getRepository(ObjectiveEntity).findOneBy({ id });
    return found ? toObjective(found) : null;
  }

  @ResolveField(() => [ObjectiveAction])
  async actions(@Parent() objective: Objective, @Ctx() ctx: RequestContext): Promise<ObjectiveAction[]> {
    return (await ctx.loaders.actionsByObjective.load(objective.id)).map(toAction);
  }

  @ResolveField(() => [Space], { description: "Gli spazi che servono l'obiettivo (per chi è collegato)" })
  async spaces(@Parent() objective: Objective, @Ctx() ctx: RequestContext): Promise<Space[]> {
    if (!ctx.user) return [];
    const rows = await ctx.loaders.spacesByObjective.load(objective.id);
    rows.forEach((r) => ctx.loaders.space.prime(r.id, r));
    return rows.map(toSpace);
  }
}
