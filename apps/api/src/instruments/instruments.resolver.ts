import { type InstrumentRelationEntity, relationSnapshotOf } from '@condivisa/db';
import {
  compareInstruments as compareSideBySide, INCOMING_RELATION_KIND_LABELS, RELATION_KIND_LABELS,
} from '@condivisa/domain';
import { UseGuards } from '@nestjs/common';
import { Args, ArgsType, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, MaxLength } from 'class-validator';
import { Ctx } from '../common/current-user.decorator';
import type { RequestContext } from '../common/request-context';
import { SignedInGuard } from '../common/signed-in.guard';
import { CaseLawEntry } from './case-law-detail.model';
import { EditReasonArgs } from './edit-reason.args';
import { mayComment, mayEditInstruments } from './instrument-access';
import { InstrumentComment } from './instrument-comment.model';
import { InstrumentComparison } from './instrument-comparison.model';
import { InstrumentRelationKind, RelationDirection } from './instrument-enums';
import { InstrumentExperience } from './instrument-experience.model';
import { InstrumentExperiencesService } from './instrument-experiences.service';
import { InstrumentFacets } from './instrument-facets.model';
import { InstrumentFilter } from './instrument-filter.input';
import { InstrumentLink } from './instrument-link.model';
import {
  toInstrument, toInstrumentComment, toInstrumentExperience, toInstrumentRevision, toInstrumentSource,
} from './instrument.mapper';
import { Instrument } from './instrument.model';
import { InstrumentPermissions } from './instrument-permissions.model';
import { InstrumentRevision } from './instrument-revision.model';
import { InstrumentSource } from './instrument-source.model';
import { InstrumentsService } from './instruments.service';
import { LegalBasisEntry } from './legal-basis.model';
import { UpdateInstrumentInput } from './update-instrument.input';

@ArgsType()
class CompareInstrumentsArgs {
  @Field(() => [ID], { description: 'Da 2 a 4 strumenti, nell’ordine delle colonne' })
  @IsArray()
  @ArrayMinSize(2, { message: 'Servono almeno 2 strumenti da confrontare' })
  @ArrayMaxSize(4, { message: 'Si confrontano al massimo 4 strumenti' })
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  ids!: string[];
}

function toLink(r: InstrumentRelationEntity, direction: RelationDirection): InstrumentLink {
  const kind = r.kind as InstrumentRelationKind;
  const outgoing = direction === RelationDirection.OUTGOING;
  return {
    relationId: r.id,
    direction,
    kind,
    label: (outgoing ? RELATION_KIND_LABELS : INCOMING_RELATION_KIND_LABELS)[kind],
    note: r.note,
    unverified: r.unverified,
    otherId: outgoing ? r.toId : r.fromId,
  };
}

/** The catalogue of instruments: public reads, edits by admins and the curators of the map. */
@Resolver(() => Instrument)
export class InstrumentsResolver {
  constructor(
    private readonly instruments: InstrumentsService,
    private readonly experiencesService: InstrumentExperiencesService,
  ) {}

  @Query(() => [Instrument], { name: 'instruments', description: 'Il catalogo degli strumenti (pubblico), filtrabile per famiglia, fase, controparte, area e testo' })
  async instrumentsList(
    @Args('filter', { type: () => InstrumentFilter, nullable: true }) filter: InstrumentFilter | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<Instrument[]> {
    const rows = await this.instruments.list(filter ?? {});
    rows.forEach((r) => ctx.instruments.instrument.prime(r.id, r));
    return rows.map(toInstrument);
  }

  @Query(() => Instrument, { nullable: true })
  async instrument(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<Instrument | null> {
    const found = await ctx.instruments.instrument.load(id);
    return found ? toInstrument(found) : null;
  }

  @Query(() => InstrumentFacets, { description: 'Conteggi per i filtri del catalogo' })
  instrumentFacets(@Args('filter', { type: () => InstrumentFilter, nullable: true }) filter: InstrumentFilter | undefined): Promise<InstrumentFacets> {
    return this.instruments.facets(filter ?? {});
  }

  @Query(() => [InstrumentSource], { description: 'Tutte le fonti della mappa' })
  async instrumentSources(): Promise<InstrumentSource[]> {
    return (await this.instruments.sources()).map(toInstrumentSource);
  }

  @Query(() => InstrumentComparison, { description: 'Da 2 a 4 strumenti affiancati su ogni attributo' })
  async compareInstruments(@Args() { ids }: CompareInstrumentsArgs, @Ctx() ctx: RequestContext): Promise<InstrumentComparison> {
    const rows = await this.instruments.getMany(ids);
    const names = await ctx.instruments.names.load('all');
    const outgoing = await Promise.all(ids.map((id) => ctx.instruments.outgoing.load(id)));
    const snapshots = rows.map((r, i) => ({ ...toInstrument(r), relations: outgoing[i]!.map(relationSnapshotOf) }));
    return { instruments: rows.map(toInstrument), rows: compareSideBySide(snapshots, names) };
  }

  @Query(() => Date, { nullable: true, description: "Data dell'ultima modifica della mappa (strumenti, relazioni, esperienze)" })
  instrumentMapLastChange(): Promise<Date | null> {
    return this.instruments.lastChange();
  }

  @Query(() => InstrumentPermissions, { description: 'Che cosa posso fare sulla mappa degli strumenti' })
  async instrumentPermissions(@Ctx() ctx: RequestContext): Promise<InstrumentPermissions> {
    return {
      canEdit: await mayEditInstruments(ctx.user, ctx.loaders),
      canRecordExperience: await this.experiencesService.mayRecordSomewhere(ctx.user, ctx.loaders),
      canComment: mayComment(ctx.user),
    };
  }

  @Mutation(() => Instrument, { description: 'Modifica uno strumento; crea una revisione con autore e motivo (amministratori e coordinatori del tavolo di sviluppo del welfare locale)' })
  @UseGuards(SignedInGuard)
  async updateInstrument(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateInstrumentInput,
    @Args() { reason }: EditReasonArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Instrument> {
    return toInstrument(await this.instruments.update(ctx.user!, id, input, reason, ctx.loaders));
  }

  @ResolveField(() => [LegalBasisEntry])
  async legalBasis(@Parent() instrument: Instrument, @Ctx() ctx: RequestContext): Promise<LegalBasisEntry[]> {
    const sources = await ctx.instruments.sources.load('all');
    return instrument.legalBasis.map((b) => ({
      act: b.act, article: b.article, sourceId: b.sourceId, unverified: b.unverified ?? false,
      sourceTitle: sources.get(b.sourceId)?.title ?? null, url: sources.get(b.sourceId)?.url ?? null,
    }));
  }

  @ResolveField(() => [CaseLawEntry])
  async caseLawDetails(@Parent() instrument: Instrument, @Ctx() ctx: RequestContext): Promise<CaseLawEntry[]> {
    const sources = await ctx.instruments.sources.load('all');
    return instrument.caseLawDetails.map((c) => ({ ...c, url: sources.get(c.sourceId)?.url ?? null }));
  }

  @ResolveField(() => [InstrumentSource], { description: 'Le fonti oltre alla base giuridica' })
  async sources(@Parent() instrument: Instrument, @Ctx() ctx: RequestContext): Promise<InstrumentSource[]> {
    const sources = await ctx.instruments.sources.load('all');
    return instrument.sourceIds.flatMap((id) => {
      const found = sources.get(id);
      return found ? [toInstrumentSource(found)] : [];
    });
  }

  @ResolveField(() => [InstrumentLink], { description: 'Le relazioni in uscita e in entrata, con l’altro strumento' })
  async relations(@Parent() instrument: Instrument, @Ctx() ctx: RequestContext): Promise<InstrumentLink[]> {
    const [outgoing, incoming] = await Promise.all([ctx.instruments.outgoing.load(instrument.id), ctx.instruments.incoming.load(instrument.id)]);
    return [...outgoing.map((r) => toLink(r, RelationDirection.OUTGOING)), ...incoming.map((r) => toLink(r, RelationDirection.INCOMING))];
  }

  @ResolveField(() => [InstrumentExperience], { description: 'Dove e quando il territorio lo ha usato' })
  async experiences(@Parent() instrument: Instrument, @Ctx() ctx: RequestContext): Promise<InstrumentExperience[]> {
    return (await ctx.instruments.experiences.load(instrument.id)).map(toInstrumentExperience);
  }

  @ResolveField(() => [InstrumentComment], { description: 'Le note dei membri (solo per chi è collegato; vuoto per i visitatori)' })
  async comments(@Parent() instrument: Instrument, @Ctx() ctx: RequestContext): Promise<InstrumentComment[]> {
    if (!ctx.user) return [];
    return (await ctx.instruments.comments.load(instrument.id)).map(toInstrumentComment);
  }

  @ResolveField(() => [InstrumentRevision], { description: 'Le revisioni, dalla più recente' })
  async revisions(@Parent() instrument: Instrument, @Ctx() ctx: RequestContext): Promise<InstrumentRevision[]> {
    return (await ctx.instruments.revisions.load(instrument.id)).map(toInstrumentRevision);
  }
}
