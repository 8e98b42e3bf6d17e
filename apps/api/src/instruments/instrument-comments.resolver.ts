import { UseGuards } from '@nestjs/common';
import { Args, ArgsType, Field, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IsString, Length, MaxLength } from 'class-validator';
import { Ctx } from '../common/current-user.decorator';
import type { RequestContext } from '../common/request-context';
import { SignedInGuard } from '../common/signed-in.guard';
import { InstrumentComment } from './instrument-comment.model';
import { InstrumentCommentsService } from './instrument-comments.service';
import { toInstrumentComment } from './instrument.mapper';

@ArgsType()
class AddCommentArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  instrumentId!: string;

  @Field(() => String)
  @IsString()
  @Length(1, 4000, { message: 'La nota deve avere da 1 a 4000 caratteri' })
  body!: string;
}

@Resolver(() => InstrumentComment)
export class InstrumentCommentsResolver {
  constructor(private readonly comments: InstrumentCommentsService) {}

  @Mutation(() => InstrumentComment, { description: 'Annota uno strumento (chi è collegato)' })
  @UseGuards(SignedInGuard)
  async addInstrumentComment(@Args() { instrumentId, body }: AddCommentArgs, @Ctx() ctx: RequestContext): Promise<InstrumentComment> {
    return toInstrumentComment(await this.comments.add(ctx.user!, instrumentId, body));
  }

  @ResolveField(() => String, { nullable: true })
  async authorName(@Parent() comment: InstrumentComment, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (!comment.authorId) return null;
    return (await ctx.loaders.user.load(comment.authorId))?.displayName ?? null;
  }
}
