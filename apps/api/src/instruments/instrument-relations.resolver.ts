import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/current-user.decorator';
import type { RequestContext } from '../common/request-context';
import { SignedInGuard } from '../common/signed-in.guard';
import { CreateInstrumentRelationInput } from './create-instrument-relation.input';
import { EditReasonArgs } from './edit-reason.args';
import { toInstrument, toInstrumentRelation } from './instrument.mapper';
import { Instrument } from './instrument.model';
import { InstrumentRelation } from './instrument-relation.model';
import { InstrumentsService } from './instruments.service';

/** Relations between instruments: the graph (public) and its editing, each edit a revision of the source instrument. */
@Resolver(() => InstrumentRelation)
export class InstrumentRelationsResolver {
  constructor(private readonly instruments: InstrumentsService) {}

  @Query(() => [InstrumentRelation], { description: 'Tutte le relazioni tra strumenti: il grafo della mappa' })
  async instrumentRelations(): Promise<InstrumentRelation[]> {
    return (await this.instruments.relations()).map(toInstrumentRelation);
  }

  @Mutation(() => InstrumentRelation, { description: 'Aggiunge una relazione; diventa una revisione dello strumento di partenza' })
  @UseGuards(SignedInGuard)
  async createInstrumentRelation(
    @Args('input') input: CreateInstrumentRelationInput,
    @Args() { reason }: EditReasonArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<InstrumentRelation> {
    return toInstrumentRelation(await this.instruments.createRelation(ctx.user!, input, reason, ctx.loaders));
  }

  @Mutation(() => Instrument, { description: 'Toglie una relazione; diventa una revisione dello strumento di partenza, che viene restituito' })
  @UseGuards(SignedInGuard)
  async deleteInstrumentRelation(
    @Args('id', { type: () => ID }) id: string,
    @Args() { reason }: EditReasonArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Instrument> {
    return toInstrument(await this.instruments.deleteRelation(ctx.user!, id, reason, ctx.loaders));
  }

  @ResolveField(() => Instrument)
  async from(@Parent() relation: InstrumentRelation, @Ctx() ctx: RequestContext): Promise<Instrument> {
    return toInstrument((await ctx.instruments.instrument.load(relation.fromId))!);
  }

  @ResolveField(() => Instrument)
  async to(@Parent() relation: InstrumentRelation, @Ctx() ctx: RequestContext): Promise<Instrument> {
    return toInstrument((await ctx.instruments.instrument.load(relation.toId))!);
  }
}
