import { UseGuards } from '@nestjs/common';
import { Args, ArgsType, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { DocumentVersionEntity, UserEntity } from '@condivisa/db';
import { documentBlocks, renderHtml } from '@condivisa/render';
import { IsString, Length } from 'class-validator';
import * as Y from 'yjs';
import { Ctx } from '../common/current-user.decorator';
import type { RequestContext } from '../common/request-context';
import { SignedInGuard } from '../common/signed-in.guard';
import { User } from '../identity/user.model';
import { toUser } from '../identity/user.mapper';
import { DocumentVersion } from './document-version.model';
import { DocumentVersionsService } from './document-versions.service';

@ArgsType()
class SaveVersionArgs {
  @Field(() => ID)
  @IsString()
  documentId!: string;

  @Field(() => String)
  @IsString()
  @Length(2, 120, { message: 'Il nome della versione deve avere da 2 a 120 caratteri' })
  name!: string;
}

function toVersion(e: DocumentVersionEntity): DocumentVersion {
  return {
    id: e.id, documentId: e.documentId, number: e.number, name: e.name, createdAt: e.createdAt, text: e.text,
    createdById: e.createdById, contributorIds: e.contributorIds, state: e.state,
  };
}

@Resolver(() => DocumentVersion)
export class DocumentVersionsResolver {
  constructor(private readonly versions: DocumentVersionsService) {}

  @Query(() => [DocumentVersion], { description: 'Le versioni salvate di un documento, dalla più recente' })
  @UseGuards(SignedInGuard)
  async documentVersions(@Args('documentId', { type: () => ID }) documentId: string, @Ctx() ctx: RequestContext): Promise<DocumentVersion[]> {
    return (await this.versions.list(ctx.user!, documentId, ctx.loaders)).map(toVersion);
  }

  @Query(() => DocumentVersion)
  @UseGuards(SignedInGuard)
  async documentVersion(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<DocumentVersion> {
    return toVersion(await this.versions.get(ctx.user!, id, ctx.loaders));
  }

  @Mutation(() => DocumentVersion, { description: 'Salva lo stato attuale come versione con un nome' })
  @UseGuards(SignedInGuard)
  async saveDocumentVersion(@Args() args: SaveVersionArgs, @Ctx() ctx: RequestContext): Promise<DocumentVersion> {
    return toVersion(await this.versions.save(ctx.user!, args.documentId, args.name, ctx.loaders));
  }

  @Mutation(() => DocumentVersion, { description: 'Riporta il testo a una versione, come nuova modifica (la storia resta)' })
  @UseGuards(SignedInGuard)
  async restoreDocumentVersion(@Args('versionId', { type: () => ID }) versionId: string, @Ctx() ctx: RequestContext): Promise<DocumentVersion> {
    return toVersion(await this.versions.restore(ctx.user!, versionId, ctx.loaders));
  }

  @ResolveField(() => String, { description: 'Il testo formattato della versione, in HTML canonico (ogni testo è già escapato)' })
  html(@Parent() version: DocumentVersion): string {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, new Uint8Array(version.state));
    const html = renderHtml(documentBlocks(doc));
    doc.destroy();
    return html;
  }

  @ResolveField(() => User, { nullable: true })
  async createdBy(@Parent() version: DocumentVersion, @Ctx() ctx: RequestContext): Promise<User | null> {
    const user = await ctx.loaders.user.load(version.createdById);
    return user ? toUser(user) : null;
  }

  @ResolveField(() => [User], { description: 'Chi ha scritto dalla versione precedente' })
  async contributors(@Parent() version: DocumentVersion, @Ctx() ctx: RequestContext): Promise<User[]> {
    const users = await ctx.loaders.user.loadMany(version.contributorIds);
    return users.filter((u): u is UserEntity => !!u && !(u instanceof Error)).map(toUser);
  }
}
