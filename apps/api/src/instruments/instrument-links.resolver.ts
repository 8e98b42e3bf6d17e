import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/current-user.decorator';
import type { RequestContext } from '../common/request-context';
import { InstrumentLink } from './instrument-link.model';
import { toInstrument } from './instrument.mapper';
import { Instrument } from './instrument.model';

@Resolver(() => InstrumentLink)
export class InstrumentLinksResolver {
  @ResolveField(() => Instrument, { description: "L'altro strumento della relazione" })
  async other(@Parent() link: InstrumentLink, @Ctx() ctx: RequestContext): Promise<Instrument> {
    return toInstrument((await ctx.instruments.instrument.load(link.otherId))!);
  }
}
