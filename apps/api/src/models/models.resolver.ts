import type { ModelEntity, ModelReviewEntity, ModelVersionEntity, UserEntity } from '@condivisa/db';
import { type ReviewDecision } from '@condivisa/domain';
import { UseGuards } from '@nestjs/common';
import { Args, ArgsType, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { Ctx } from '../common/current-user.decorator';
import type { RequestContext } from '../common/request-context';
import { SignedInGuard } from '../common/signed-in.guard';
import { toSpace } from '../spaces/space.mapper';
import { Space } from '../spaces/space.model';
import {
  DesignModel, ModelPermissions, ModelReview, ModelStatus, ModelVersion, ModelVersionDiff, ModelVersionStatus, ReviewComment, ReviewDecisionKind,
  ReviewOutcomeKind, ReviewRuleKind,
} from './model.model';
import { ModelsService } from './models.service';

@ArgsType()
class CreateModelArgs {
  @Field(() => ID) @IsString() @Length(1, 200) spaceId!: string;
  @Field(() => String) @IsString() @Length(2, 200, { message: 'Il titolo deve avere da 2 a 200 caratteri' }) title!: string;
}

@ArgsType()
class ConsolidateArgs {
  @Field(() => ID) @IsString() @Length(1, 64) modelId!: string;
  @Field(() => String, { description: 'Cosa cambia rispetto alla versione precedente' })
  @IsString() @Length(3, 4000, { message: 'Descrivi le modifiche (da 3 a 4.000 caratteri)' }) changelog!: string;
}

@ArgsType()
class SubmitArgs {
  @Field(() => ID) @IsString() @Length(1, 64) versionId!: string;
  @Field(() => String, { description: 'Scadenza del parere, AAAA-MM-GG' }) @IsString() @Length(10, 10, { message: 'Indica una scadenza valida (AAAA-MM-GG)' }) dueDate!: string;
}

@ArgsType()
class DecideArgs {
  @Field(() => ID) @IsString() @Length(1, 64) reviewId!: string;
  @Field(() => ReviewDecisionKind) @IsEnum(ReviewDecisionKind) decision!: ReviewDecisionKind;
  @Field(() => String) @IsString() @Length(3, 4000, { message: 'Motiva il parere (da 3 a 4.000 caratteri)' }) motivation!: string;
}

@ArgsType()
class CommentArgs {
  @Field(() => ID) @IsString() @Length(1, 64) reviewId!: string;
  @Field(() => String) @IsString() @Length(1, 4000, { message: 'L’osservazione deve avere da 1 a 4.000 caratteri' }) body!: string;
  @Field(() => String, { nullable: true, description: 'Il passaggio commentato, citato dal testo; vuoto per un’osservazione generale' })
  @IsOptional() @IsString() @MaxLength(2000) passage?: string | null;
}

@ArgsType()
class DiffArgs {
  @Field(() => ID) @IsString() @Length(1, 64) fromVersionId!: string;
  @Field(() => ID, { nullable: true, description: 'Vuoto: la bozza di lavoro attuale' }) @IsOptional() @IsString() @Length(1, 64) toVersionId?: string | null;
}

@ArgsType()
class ReviewRuleArgs {
  @Field(() => ID) @IsString() @Length(1, 200) spaceId!: string;
  @Field(() => ReviewRuleKind) @IsEnum(ReviewRuleKind) rule!: ReviewRuleKind;
}

function toModel(e: ModelEntity): DesignModel {
  return { id: e.id, spaceId: e.spaceId, title: e.title, status: e.status as ModelStatus, documentId: e.documentId, approvedVersionId: e.approvedVersionId, createdAt: e.createdAt };
}

@Resolver(() => DesignModel)
export class ModelsResolver {
  constructor(private readonly service: ModelsService) {}

  @Query(() => [DesignModel], { description: 'I modelli di uno spazio (membri)' })
  async models(@Args('spaceId', { type: () => ID }) spaceId: string, @Ctx() ctx: RequestContext): Promise<DesignModel[]> {
    return (await this.service.list(ctx.user, spaceId, ctx.loaders)).map(toModel);
  }

  @Query(() => DesignModel, { nullable: true })
  async model(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<DesignModel | null> {
    const model = await this.service.get(ctx.user, id, ctx.loaders);
    return model ? toModel(model) : null;
  }

  @Mutation(() => DesignModel, { description: 'Avvia un modello con la sua bozza di lavoro (coordinatori)' })
  @UseGuards(SignedInGuard)
  async createModel(@Args() args: CreateModelArgs, @Ctx() ctx: RequestContext): Promise<DesignModel> {
    return toModel(await this.service.create(ctx.user!, args.spaceId, args.title, ctx.loaders));
  }

  @Mutation(() => Space, { description: 'Sceglie come si chiudono le revisioni dei modelli dello spazio' })
  @UseGuards(SignedInGuard)
  async setSpaceReviewRule(@Args() args: ReviewRuleArgs, @Ctx() ctx: RequestContext): Promise<Space> {
    return toSpace(await this.service.setReviewRule(ctx.user!, args.spaceId, args.rule, ctx.loaders));
  }

  @ResolveField(() => Space)
  async space(@Parent() model: DesignModel, @Ctx() ctx: RequestContext): Promise<Space> {
    return toSpace((await ctx.loaders.space.load(model.spaceId))!);
  }

  @ResolveField(() => [ModelVersion], { description: 'Le versioni, dalla più recente' })
  async versions(@Parent() model: DesignModel, @Ctx() ctx: RequestContext): Promise<ModelVersion[]> {
    const space = (await ctx.loaders.space.load(model.spaceId))!;
    return Promise.all((await this.service.versions(model.id)).map((v) => toVersion(v, model.title, space.id, space.name, ctx)));
  }

  @ResolveField(() => ModelPermissions)
  async permissions(@Parent() model: DesignModel, @Ctx() ctx: RequestContext): Promise<ModelPermissions> {
    const [edit, consolidate, submit, review] = await Promise.all(
      (['document.edit', 'modelVersion.consolidate', 'modelVersion.submitForReview', 'modelVersion.review'] as const).map((a) => this.service.mayDo(ctx.user, a, model.spaceId, ctx.loaders)),
    );
    return { edit: edit!, consolidate: consolidate!, submit: submit!, review: review! };
  }
}

@Resolver(() => ModelVersion)
export class ModelVersionsResolver {
  constructor(private readonly models: ModelsService) {}

  @Query(() => ModelVersion, { nullable: true, description: 'Una versione: i membri le vedono tutte; gli altri solo quelle approvate degli spazi pubblici' })
  async modelVersion(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<ModelVersion | null> {
    const { version, model, space } = await this.models.readableVersion(ctx.user, id, ctx.loaders);
    return toVersion(version, model.title, space.id, space.name, ctx);
  }

  @Query(() => [ModelVersion], { description: 'Le versioni approvate dei modelli (pubbliche per gli spazi pubblici), dalla più recente' })
  async publishedModelVersions(@Args('spaceId', { type: () => ID, nullable: true }) spaceId: string | null, @Ctx() ctx: RequestContext): Promise<ModelVersion[]> {
    const versions = await this.models.published(ctx.user, spaceId ?? null);
    return Promise.all(versions.map(async (v) => {
      const { model, space } = await this.models.readableVersion(ctx.user, v.id, ctx.loaders);
      return toVersion(v, model.title, space.id, space.name, ctx);
    }));
  }

  @Query(() => ModelVersionDiff, { description: 'Confronto a blocchi (con le parole cambiate) tra due versioni, o tra una versione e la bozza' })
  async modelVersionDiff(@Args() args: DiffArgs, @Ctx() ctx: RequestContext): Promise<ModelVersionDiff> {
    const { from, to, changes } = await this.models.diff(ctx.user, args.fromVersionId, args.toVersionId ?? null, ctx.loaders);
    const count = (kind: string) => changes.filter((c) => c.kind === kind).length;
    return {
      from: await toVersion(from.version, from.model.title, from.space.id, from.space.name, ctx),
      to: to ? await toVersion(to.version, to.model.title, to.space.id, to.space.name, ctx) : null,
      summary: { added: count('added'), removed: count('removed'), changed: count('changed'), moved: count('moved') },
      changes: changes.map((c) => ({
        kind: c.kind,
        beforePlace: 'before' in c ? c.before.place : null,
        afterPlace: 'after' in c ? c.after.place : null,
        beforeText: 'before' in c ? c.before.text : null,
        afterText: 'after' in c ? c.after.text : null,
        words: c.kind === 'changed' ? c.words : [],
      })),
    };
  }

  @Mutation(() => ModelVersion, { description: 'Consolida la bozza di lavoro in una nuova versione immutabile (coordinatori)' })
  @UseGuards(SignedInGuard)
  async consolidateModelVersion(@Args() args: ConsolidateArgs, @Ctx() ctx: RequestContext): Promise<ModelVersion> {
    const version = await this.models.consolidate(ctx.user!, args.modelId, args.changelog, ctx.loaders);
    return this.view(version, ctx);
  }

  @Mutation(() => ModelReview, { description: 'Invia la versione ai revisori dello spazio (il Collegio), con una scadenza' })
  @UseGuards(SignedInGuard)
  async submitModelVersionForReview(@Args() args: SubmitArgs, @Ctx() ctx: RequestContext): Promise<ModelReview> {
    return toReview(await this.models.submit(ctx.user!, args.versionId, args.dueDate, ctx.loaders), this.models, ctx);
  }

  @Mutation(() => ModelVersion, { description: 'Ritira la versione dalla revisione, finché nessun revisore si è espresso' })
  @UseGuards(SignedInGuard)
  async withdrawModelVersion(@Args('versionId', { type: () => ID }) versionId: string, @Ctx() ctx: RequestContext): Promise<ModelVersion> {
    return this.view(await this.models.withdraw(ctx.user!, versionId, ctx.loaders), ctx);
  }

  @Mutation(() => ModelReview, { description: 'Il parere di un revisore (sostituisce il precedente finché la revisione è aperta)' })
  @UseGuards(SignedInGuard)
  async decideModelReview(@Args() args: DecideArgs, @Ctx() ctx: RequestContext): Promise<ModelReview> {
    return toReview(await this.models.decide(ctx.user!, args.reviewId, args.decision as ReviewDecision, args.motivation, ctx.loaders), this.models, ctx);
  }

  @Mutation(() => ReviewComment, { description: 'Un’osservazione di un revisore, su un passaggio o generale' })
  @UseGuards(SignedInGuard)
  async commentModelReview(@Args() args: CommentArgs, @Ctx() ctx: RequestContext): Promise<ReviewComment> {
    const c = await this.models.comment(ctx.user!, args.reviewId, args.body, args.passage ?? null, ctx.loaders);
    return { id: c.id, authorName: ctx.user!.displayName, passage: c.passage, body: c.body, createdAt: c.createdAt };
  }

  @ResolveField(() => [ModelReview])
  async reviews(@Parent() version: ModelVersion, @Ctx() ctx: RequestContext): Promise<ModelReview[]> {
    return Promise.all((await this.models.reviewsOf(version.id)).map((r) => toReview(r, this.models, ctx)));
  }

  private async view(version: ModelVersionEntity, ctx: RequestContext): Promise<ModelVersion> {
    const { model, space } = await this.models.readableVersion(ctx.user, version.id, ctx.loaders);
    return toVersion(version, model.title, space.id, space.name, ctx);
  }
}

async function nameOf(id: string, ctx: RequestContext): Promise<string> {
  return (await ctx.loaders.user.load(id))?.displayName ?? '';
}

async function toVersion(e: ModelVersionEntity, modelTitle: string, spaceId: string, spaceName: string, ctx: RequestContext): Promise<ModelVersion> {
  const contributors = (await ctx.loaders.user.loadMany(e.contributorIds)).filter((u): u is UserEntity => !!u && !(u instanceof Error));
  return {
    id: e.id, modelId: e.modelId, modelTitle, spaceId, spaceName, number: e.number, changelog: e.changelog, html: e.html, contentSha256: e.contentSha256,
    contributorNames: contributors.map((u) => u.displayName), createdByName: await nameOf(e.createdById, ctx), createdAt: e.createdAt,
    status: e.status as ModelVersionStatus, statusChangedAt: e.statusChangedAt, reviews: [], contributorIds: e.contributorIds, createdById: e.createdById,
  };
}

async function toReview(r: ModelReviewEntity, models: ModelsService, ctx: RequestContext): Promise<ModelReview> {
  const [decisions, comments, reviewers] = await Promise.all([models.decisionsOf(r.id), models.commentsOf(r.id), models.versionSpaceReviewers(r.versionId)]);
  const mine = ctx.user ? decisions.find((d) => d.reviewerId === ctx.user!.id) : undefined;
  const open = !r.closedAt && !r.withdrawnAt;
  return {
    id: r.id, versionId: r.versionId, dueDate: r.dueDate, rule: r.rule as ReviewRuleKind, openedAt: r.openedAt, closedAt: r.closedAt,
    outcome: (r.outcome as ReviewOutcomeKind | null) ?? null, withdrawnAt: r.withdrawnAt,
    decisions: await Promise.all(decisions.map(async (d) => ({ reviewerName: await nameOf(d.reviewerId, ctx), decision: d.decision as ReviewDecisionKind, motivation: d.motivation, decidedAt: d.decidedAt }))),
    comments: await Promise.all(comments.map(async (c) => ({ id: c.id, authorName: await nameOf(c.authorId, ctx), passage: c.passage, body: c.body, createdAt: c.createdAt }))),
    reviewers: reviewers.map((m) => ({ name: m.user.displayName, decided: decisions.some((d) => d.reviewerId === m.userId) })),
    myDecision: (mine?.decision as ReviewDecisionKind | undefined) ?? null,
    canDecide: open && !!ctx.user && reviewers.some((m) => m.userId === ctx.user!.id),
  };
}
