import { instrumentAttributes } from '@condivisa/domain';
import { Args, ArgsType, Field, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { Ctx } from '../common/current-user.decorator';
import type { RequestContext } from '../common/request-context';
import { InstrumentAttribute } from './instrument-attribute.model';
import { InstrumentRevisionDiff } from './instrument-revision-diff.model';
import { InstrumentRevision } from './instrument-revision.model';
import { toInstrumentRevision } from './instrument.mapper';
import { InstrumentsService } from './instruments.service';

@ArgsType()
class RevisionDiffArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  fromRevisionId!: string;

  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  toRevisionId!: string;
}

/** The history of each instrument: public, like the map itself. */
@Resolver(() => InstrumentRevision)
export class InstrumentRevisionsResolver {
  constructor(private readonly instruments: InstrumentsService) {}

  @Query(() => [InstrumentRevision], { description: 'Le revisioni di uno strumento, dalla più recente' })
  async instrumentRevisions(@Args('id', { type: () => ID }) id: string): Promise<InstrumentRevision[]> {
    return (await this.instruments.revisions(id)).map(toInstrumentRevision);
  }

  @Query(() => InstrumentRevisionDiff, { description: 'Che cosa cambia tra due revisioni dello stesso strumento, campo per campo' })
  async instrumentRevisionDiff(@Args() { fromRevisionId, toRevisionId }: RevisionDiffArgs, @Ctx() ctx: RequestContext): Promise<InstrumentRevisionDiff> {
    const { from, to, changes } = await this.instruments.diff(fromRevisionId, toRevisionId, await ctx.instruments.names.load('all'));
    return { from: toInstrumentRevision(from), to: toInstrumentRevision(to), changes };
  }

  @ResolveField(() => String, { nullable: true, description: 'Chi ha fatto la modifica; null per i dati iniziali' })
  async authorName(@Parent() revision: InstrumentRevision, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (!revision.authorId) return null;
    return (await ctx.loaders.user.load(revision.authorId))?.displayName ?? null;
  }

  @ResolveField(() => [InstrumentAttribute], { description: 'Lo stato dello strumento in questa revisione, attributo per attributo' })
  async attributes(@Parent() revision: InstrumentRevision, @Ctx() ctx: RequestContext): Promise<InstrumentAttribute[]> {
    return instrumentAttributes(revision.snapshot, await ctx.instruments.names.load('all'));
  }
}
