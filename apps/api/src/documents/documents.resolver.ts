import { UseGuards } from '@nestjs/common';
import { Args, ArgsType, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsEnum, IsString, Length } from 'class-validator';
import { Ctx } from '../common/current-user.decorator';
import type { RequestContext } from '../common/request-context';
import { SignedInGuard } from '../common/signed-in.guard';
import { User } from '../identity/user.model';
import { toUser } from '../identity/user.mapper';
import { toSpace } from '../spaces/space.mapper';
import { Space } from '../spaces/space.model';
import { CollabTicket } from './collab-ticket.model';
import { DocumentKind, SpaceDocument } from './document.model';
import { DocumentsService } from './documents.service';
import type { DocumentEntity } from '@condivisa/db';

@ArgsType()
class CreateDocumentArgs {
  @Field(() => ID)
  @IsString()
  @Length(1, 200)
  spaceId!: string;

  @Field(() => DocumentKind)
  @IsEnum(DocumentKind)
  kind!: DocumentKind;

  @Field(() => String)
  @IsString()
  @Length(2, 200, { message: 'Il titolo deve avere da 2 a 200 caratteri' })
  title!: string;
}

@ArgsType()
class RenameDocumentArgs {
  @Field(() => ID)
  @IsString()
  id!: string;

  @Field(() => String)
  @IsString()
  @Length(2, 200, { message: 'Il titolo deve avere da 2 a 200 caratteri' })
  title!: string;
}

function toDocument(e: DocumentEntity): SpaceDocument {
  return {
    id: e.id, spaceId: e.spaceId, kind: e.kind as DocumentKind, title: e.title, archived: e.archivedAt !== null, frozen: e.frozenAt !== null,
    createdAt: e.createdAt, lastEditedAt: e.lastEditedAt, lastEditedById: e.lastEditedById, entity: e,
  };
}

@Resolver(() => SpaceDocument)
export class DocumentsResolver {
  constructor(private readonly documents: DocumentsService) {}

  @Query(() => [SpaceDocument], { name: 'documents', description: 'I documenti di uno spazio (solo membri)' })
  @UseGuards(SignedInGuard)
  async spaceDocuments(@Args('spaceId', { type: () => ID }) spaceId: string, @Ctx() ctx: RequestContext): Promise<SpaceDocument[]> {
    return (await this.documents.list(ctx.user, spaceId, ctx.loaders)).map(toDocument);
  }

  @Query(() => SpaceDocument, { name: 'document', nullable: true })
  @UseGuards(SignedInGuard)
  async findDocument(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<SpaceDocument | null> {
    const found = await this.documents.get(ctx.user, id, ctx.loaders);
    return found ? toDocument(found) : null;
  }

  @Mutation(() => SpaceDocument)
  @UseGuards(SignedInGuard)
  async createDocument(@Args() args: CreateDocumentArgs, @Ctx() ctx: RequestContext): Promise<SpaceDocument> {
    return toDocument(await this.documents.create(ctx.user!, args.spaceId, args.kind, args.title, ctx.loaders));
  }

  @Mutation(() => SpaceDocument)
  @UseGuards(SignedInGuard)
  async renameDocument(@Args() args: RenameDocumentArgs, @Ctx() ctx: RequestContext): Promise<SpaceDocument> {
    return toDocument(await this.documents.rename(ctx.user!, args.id, args.title, ctx.loaders));
  }

  @Mutation(() => SpaceDocument)
  @UseGuards(SignedInGuard)
  async archiveDocument(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<SpaceDocument> {
    return toDocument(await this.documents.archive(ctx.user!, id, ctx.loaders));
  }

  @Mutation(() => CollabTicket, { description: 'Lasciapassare (10 minuti) per il canale in tempo reale del documento' })
  @UseGuards(SignedInGuard)
  collabTicket(@Args('documentId', { type: () => ID }) documentId: string, @Ctx() ctx: RequestContext): Promise<CollabTicket> {
    const origin = ctx.req ? `${ctx.req.protocol}://${ctx.req.get('host')}` : null;
    return this.documents.ticket(ctx.user!, documentId, ctx.loaders, origin);
  }

  @ResolveField(() => Space)
  async space(@Parent() document: SpaceDocument, @Ctx() ctx: RequestContext): Promise<Space> {
    return toSpace((await ctx.loaders.space.load(document.spaceId))!);
  }

  @ResolveField(() => User, { nullable: true })
  async lastEditedBy(@Parent() document: SpaceDocument, @Ctx() ctx: RequestContext): Promise<User | null> {
    if (!document.lastEditedById) return null;
    const user = await ctx.loaders.user.load(document.lastEditedById);
    return user ? toUser(user) : null;
  }

  @ResolveField(() => Boolean, { description: 'Posso modificarne il testo' })
  canEdit(@Parent() document: SpaceDocument, @Ctx() ctx: RequestContext): Promise<boolean> {
    // Space and role come from the request's batch loaders: one query for the whole list.
    return this.documents.canEdit(ctx.user, document.entity, ctx.loaders);
  }
}
