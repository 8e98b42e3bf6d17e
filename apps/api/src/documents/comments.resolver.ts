import type { UserEntity } from '@condivisa/db';
import { AppError } from '@condivisa/domain';
import { Inject, UseGuards } from '@nestjs/common';
import { Args, ArgsType, Field, ID, InputType, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import type { PubSub } from 'graphql-subscriptions';
import { IsString, Length, MaxLength } from 'class-validator';
import { Ctx } from '../common/current-user.decorator';
import type { RequestContext } from '../common/request-context';
import { SignedInGuard } from '../common/signed-in.guard';
import { PUB_SUB } from '../events/events.module';
import { toUser } from '../identity/user.mapper';
import { CommentThread, CommentThreadChange } from './comment-thread.model';
import { CommentsService, commentsTopic, MAX_QUOTE_LENGTH, type ThreadWithComments } from './comments.service';

const BODY_RULE = { message: 'Il commento deve avere da 1 a 4.000 caratteri' };

@InputType()
class StartCommentThreadInput {
  @Field(() => ID)
  @IsString()
  @Length(1, 64)
  documentId!: string;

  @Field(() => String, { description: 'Y.encodeRelativePosition dell\'inizio del passaggio, in base64' })
  @IsString()
  @Length(1, 400)
  anchorStart!: string;

  @Field(() => String)
  @IsString()
  @Length(1, 400)
  anchorEnd!: string;

  @Field(() => String, { description: 'Il testo selezionato' })
  @IsString()
  @MaxLength(MAX_QUOTE_LENGTH, { message: 'Il passaggio selezionato è troppo lungo (al massimo 1.000 caratteri)' })
  quote!: string;

  @Field(() => String)
  @IsString()
  @Length(1, 4000, BODY_RULE)
  body!: string;
}

@ArgsType()
class ReplyArgs {
  @Field(() => ID)
  @IsString()
  @Length(1, 64)
  threadId!: string;

  @Field(() => String)
  @IsString()
  @Length(1, 4000, BODY_RULE)
  body!: string;
}

@Resolver(() => CommentThread)
export class CommentsResolver {
  constructor(
    private readonly comments: CommentsService,
    @Inject(PUB_SUB) private readonly pubSub: PubSub,
  ) {}

  @Query(() => [CommentThread], { description: 'Le discussioni di un documento, aperte e chiuse, dalla prima' })
  @UseGuards(SignedInGuard)
  async commentThreads(@Args('documentId', { type: () => ID }) documentId: string, @Ctx() ctx: RequestContext): Promise<CommentThread[]> {
    const threads = await this.comments.list(ctx.user!, documentId, ctx.loaders);
    return Promise.all(threads.map((t) => toThread(t, ctx)));
  }

  @Mutation(() => CommentThread, { description: 'Apre una discussione su un passaggio' })
  @UseGuards(SignedInGuard)
  async startCommentThread(@Args('input') input: StartCommentThreadInput, @Ctx() ctx: RequestContext): Promise<CommentThread> {
    return toThread(await this.comments.start(ctx.user!, input, ctx.loaders), ctx);
  }

  @Mutation(() => CommentThread)
  @UseGuards(SignedInGuard)
  async replyToCommentThread(@Args() args: ReplyArgs, @Ctx() ctx: RequestContext): Promise<CommentThread> {
    return toThread(await this.comments.reply(ctx.user!, args.threadId, args.body, ctx.loaders), ctx);
  }

  @Mutation(() => CommentThread, { description: 'Chiude la discussione (risolta)' })
  @UseGuards(SignedInGuard)
  async resolveCommentThread(@Args('threadId', { type: () => ID }) threadId: string, @Ctx() ctx: RequestContext): Promise<CommentThread> {
    return toThread(await this.comments.setResolved(ctx.user!, threadId, true, ctx.loaders), ctx);
  }

  @Mutation(() => CommentThread)
  @UseGuards(SignedInGuard)
  async reopenCommentThread(@Args('threadId', { type: () => ID }) threadId: string, @Ctx() ctx: RequestContext): Promise<CommentThread> {
    return toThread(await this.comments.setResolved(ctx.user!, threadId, false, ctx.loaders), ctx);
  }

  @Subscription(() => CommentThreadChange, {
    description: 'Le discussioni di un documento cambiano (per chi può leggerlo, verificato a ogni evento)',
    filter(this: CommentsResolver, payload: { documentCommentsChanged: CommentThreadChange }, _vars: unknown, ctx: RequestContext) {
      return this.comments.mayFollow(ctx.user, payload.documentCommentsChanged.documentId);
    },
  })
  async documentCommentsChanged(@Args('documentId', { type: () => ID }) documentId: string, @Ctx() ctx: RequestContext): Promise<AsyncIterableIterator<unknown>> {
    if (!ctx.user) throw AppError.unauthenticated();
    if (!(await this.comments.mayFollow(ctx.user, documentId))) throw AppError.forbidden('Solo i membri dello spazio possono seguire i commenti.');
    return this.pubSub.asyncIterableIterator(commentsTopic(documentId));
  }
}

async function userOrNull(id: string | null, ctx: RequestContext) {
  const user: UserEntity | null = id ? await ctx.loaders.user.load(id) : null;
  return user ? toUser(user) : null;
}

async function toThread({ thread, comments, canResolve }: ThreadWithComments, ctx: RequestContext): Promise<CommentThread> {
  return {
    id: thread.id,
    documentId: thread.documentId,
    anchorStart: thread.anchorStart.toString('base64'),
    anchorEnd: thread.anchorEnd.toString('base64'),
    quote: thread.quote,
    createdAt: thread.createdAt,
    resolved: thread.resolvedAt !== null,
    resolvedAt: thread.resolvedAt,
    resolvedById: thread.resolvedById,
    resolvedBy: await userOrNull(thread.resolvedById, ctx),
    createdById: thread.createdById,
    createdBy: await userOrNull(thread.createdById, ctx),
    canResolve,
    comments: await Promise.all(comments.map(async (c) => ({ id: c.id, body: c.body, createdAt: c.createdAt, authorId: c.authorId, author: await userOrNull(c.authorId, ctx) }))),
  };
}
