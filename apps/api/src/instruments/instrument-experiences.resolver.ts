import { UseGuards } from '@nestjs/common';
import { Mutation, Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/current-user.decorator';
import type { RequestContext } from '../common/request-context';
import { SignedInGuard } from '../common/signed-in.guard';
import { toSpace } from '../spaces/space.mapper';
import { Space } from '../spaces/space.model';
import { viewerMay } from '../spaces/space-access';
import { Ambito } from '../territory/ambito.model';
import { TerritoryService } from '../territory/territory.service';
import { ExperienceMatrix } from './experience-matrix.model';
import { InstrumentExperience } from './instrument-experience.model';
import { InstrumentExperiencesService } from './instrument-experiences.service';
import { toInstrument, toInstrumentExperience } from './instrument.mapper';
import { Instrument } from './instrument.model';
import { InstrumentsService } from './instruments.service';
import { RecordInstrumentExperienceInput } from './record-instrument-experience.input';

/** The territory's experience of the instruments ("mappatura delle esperienze territoriali in atto"). */
@Resolver(() => InstrumentExperience)
export class InstrumentExperiencesResolver {
  constructor(
    private readonly experiences: InstrumentExperiencesService,
    private readonly instruments: InstrumentsService,
    private readonly territory: TerritoryService,
  ) {}

  @Query(() => [InstrumentExperience], { description: 'Tutte le esperienze registrate, dalle più recenti' })
  async instrumentExperiences(): Promise<InstrumentExperience[]> {
    return (await this.experiences.all()).map(toInstrumentExperience);
  }

  @Query(() => ExperienceMatrix, { description: 'La matrice Ambiti × strumenti: dove ciascuno è stato sperimentato' })
  async instrumentExperienceMatrix(@Ctx() ctx: RequestContext): Promise<ExperienceMatrix> {
    const [ambiti, catalogue, cells] = await Promise.all([this.territory.ambiti(), this.instruments.catalogue(), this.experiences.matrix()]);
    catalogue.forEach((r) => ctx.instruments.instrument.prime(r.id, r));
    return { ambiti, instruments: catalogue.map(toInstrument), cells, total: cells.reduce((n, c) => n + c.count, 0) };
  }

  @Mutation(() => InstrumentExperience, { description: "Registra l'uso di uno strumento da parte di un Ambito o di uno spazio (membri degli spazi coinvolti e amministratori)" })
  @UseGuards(SignedInGuard)
  async recordInstrumentExperience(@Args('input') input: RecordInstrumentExperienceInput, @Ctx() ctx: RequestContext): Promise<InstrumentExperience> {
    return toInstrumentExperience(await this.experiences.record(ctx.user!, input, ctx.loaders));
  }

  @ResolveField(() => Instrument)
  async instrument(@Parent() experience: InstrumentExperience, @Ctx() ctx: RequestContext): Promise<Instrument> {
    return toInstrument((await ctx.instruments.instrument.load(experience.instrumentId))!);
  }

  @ResolveField(() => Ambito, { nullable: true })
  ambito(@Parent() experience: InstrumentExperience): Promise<Ambito | null> {
    return experience.ambitoId ? this.territory.ambito(experience.ambitoId) : Promise.resolve(null);
  }

  @ResolveField(() => Space, { nullable: true, description: 'Lo spazio, se chi guarda può vederlo' })
  async space(@Parent() experience: InstrumentExperience, @Ctx() ctx: RequestContext): Promise<Space | null> {
    if (!experience.spaceId) return null;
    const space = await ctx.loaders.space.load(experience.spaceId);
    return space && (await viewerMay(ctx.user, 'space.read', space, ctx.loaders)) ? toSpace(space) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Chi l’ha registrata (solo per chi è collegato)' })
  async recordedByName(@Parent() experience: InstrumentExperience, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (!ctx.user || !experience.authorId) return null;
    return (await ctx.loaders.user.load(experience.authorId))?.displayName ?? null;
  }
}
