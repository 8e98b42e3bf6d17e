import { CommentEntity, CommentThreadEntity, type DocumentEntity, type SpaceEntity, type UserEntity } from '@condivisa/db';
import { AppError, may, type SpaceAction } from '@condivisa/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PubSub } from 'graphql-subscriptions';
import { DataSource, In } from 'typeorm';
import * as Y from 'yjs';
import { PUB_SUB } from '../events/events.module';
import { NotificationsService } from '../notifications/notifications.service';
import type { ActivityEvent } from '../spaces/activity-event.model';
import { ActivityService } from '../spaces/activity.service';
import { actorIn, resourceState } from '../spaces/space-access';
import type { SpaceLoaders } from '../spaces/space-loaders';
import { documentAccess } from './document-access';
import { DocumentsService } from './documents.service';

/** An encoded Yjs relative position is a few dozen bytes; anything much larger is not one. */
const MAX_ANCHOR_BYTES = 256;
export const MAX_QUOTE_LENGTH = 1_000;

export function commentsTopic(documentId: string): string {
  return `document-comments:${documentId}`;
}

export interface ThreadWithComments {
  thread: CommentThreadEntity;
  comments: CommentEntity[];
  canResolve: boolean;
}

/** Decodes and checks one anchor; a bad one is the caller's mistake, said clearly. */
export function decodeAnchor(base64: string, field: string): Buffer {
  const bytes = /^[A-Za-z0-9+/]+={0,2}$/.test(base64) ? Buffer.from(base64, 'base64') : Buffer.alloc(0);
  if (bytes.length === 0 || bytes.length > MAX_ANCHOR_BYTES) throw AppError.badInput(`${field}: non è una posizione valida nel documento`);
  try {
    Y.decodeRelativePosition(new Uint8Array(bytes));
  } catch {
    throw AppError.badInput(`${field}: non è una posizione valida nel documento`);
  }
  return bytes;
}

/**
 * Comment threads on passages of a document. Members comment (observers and reviewers too, see
 * the policy); writers and whoever opened a thread resolve and reopen it. Each change is in the
 * space's audit trail and is announced live to the document's readers.
 */
@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(PUB_SUB) private readonly pubSub: PubSub,
    private readonly documents: DocumentsService,
    private readonly activity: ActivityService,
    private readonly notifications: NotificationsService,
  ) {}

  async list(viewer: UserEntity, documentId: string, loaders: SpaceLoaders): Promise<ThreadWithComments[]> {
    const document = await this.requireDocument(viewer, documentId, loaders);
    const threads = await this.db.getRepository(CommentThreadEntity).find({ where: { documentId }, order: { createdAt: 'ASC' } });
    const comments = threads.length
      ? await this.db.getRepository(CommentEntity).find({ where: { threadId: In(threads.map((t) => t.id)) }, order: { createdAt: 'ASC' } })
      : [];
    const space = (await loaders.space.load(document.spaceId))!;
    const actor = await actorIn(viewer, space.id, loaders);
    return threads.map((thread) => ({
      thread,
      comments: comments.filter((c) => c.threadId === thread.id),
      canResolve: may(actor, 'document.comment.resolve', { ...this.state(space, document), authoredByActor: thread.createdById === viewer.id }),
    }));
  }

  async start(viewer: UserEntity, input: { documentId: string; anchorStart: string; anchorEnd: string; quote: string; body: string }, loaders: SpaceLoaders): Promise<ThreadWithComments> {
    const document = await this.requireDocument(viewer, input.documentId, loaders);
    await this.assert(viewer, document, 'document.comment', loaders, false);
    const anchorStart = decodeAnchor(input.anchorStart, 'anchorStart');
    const anchorEnd = decodeAnchor(input.anchorEnd, 'anchorEnd');
    const quote = input.quote.trim();
    if (!quote) throw AppError.badInput('Seleziona il passaggio da commentare');
    const events: ActivityEvent[] = [];
    const threadId = await this.db.transaction(async (m) => {
      const thread = await m.save(m.create(CommentThreadEntity, { documentId: document.id, anchorStart, anchorEnd, quote, createdById: viewer.id }));
      await m.insert(CommentEntity, { threadId: thread.id, authorId: viewer.id, body: input.body.trim() });
      events.push(await this.activity.record(m, document.spaceId, viewer, 'document.commented', { type: 'comment_thread', id: thread.id }, { name: document.title, quote: shorten(quote) }));
      return thread.id;
    });
    await this.announce(events, document.id, threadId);
    return this.one(viewer, threadId, loaders);
  }

  async reply(viewer: UserEntity, threadId: string, body: string, loaders: SpaceLoaders): Promise<ThreadWithComments> {
    const { thread, document } = await this.requireThread(viewer, threadId, loaders);
    await this.assert(viewer, document, 'document.comment', loaders, false);
    const events: ActivityEvent[] = [];
    await this.db.transaction(async (m) => {
      await m.insert(CommentEntity, { threadId, authorId: viewer.id, body: body.trim() });
      events.push(await this.activity.record(m, document.spaceId, viewer, 'document.commentReplied', { type: 'comment_thread', id: threadId }, { name: document.title, quote: shorten(thread.quote) }));
      // Everybody else who wrote in the thread hears about the reply.
      const others = await m.query<{ author_id: string }[]>('SELECT DISTINCT author_id FROM comment WHERE thread_id = $1 AND author_id <> $2', [threadId, viewer.id]);
      for (const { author_id } of others) {
        await this.notifications.notify(m, {
          userId: author_id,
          spaceId: document.spaceId,
          title: `${viewer.displayName} ha risposto a un commento su «${document.title}»`,
          body: shorten(body.trim()),
          link: `/documenti/${document.id}?discussione=${threadId}`,
        });
      }
    });
    await this.announce(events, document.id, threadId);
    return this.one(viewer, threadId, loaders);
  }

  async setResolved(viewer: UserEntity, threadId: string, resolved: boolean, loaders: SpaceLoaders): Promise<ThreadWithComments> {
    const { thread, document } = await this.requireThread(viewer, threadId, loaders);
    await this.assert(viewer, document, 'document.comment.resolve', loaders, thread.createdById === viewer.id);
    if ((thread.resolvedAt !== null) === resolved) return this.one(viewer, threadId, loaders);
    const events: ActivityEvent[] = [];
    await this.db.transaction(async (m) => {
      await m.update(CommentThreadEntity, { id: threadId }, resolved ? { resolvedAt: new Date(), resolvedById: viewer.id } : { resolvedAt: null, resolvedById: null });
      events.push(await this.activity.record(m, document.spaceId, viewer, resolved ? 'document.commentResolved' : 'document.commentReopened', { type: 'comment_thread', id: threadId }, {
        name: document.title, quote: shorten(thread.quote),
      }));
    });
    await this.announce(events, document.id, threadId);
    return this.one(viewer, threadId, loaders);
  }

  /** Whether someone may still read a document's comments (asked fresh for every live event). */
  async mayFollow(viewer: UserEntity | null, documentId: string): Promise<boolean> {
    return !!viewer && ((await documentAccess(this.db, documentId, viewer.id))?.canRead ?? false);
  }

  private async one(viewer: UserEntity, threadId: string, loaders: SpaceLoaders): Promise<ThreadWithComments> {
    const { thread, document } = await this.requireThread(viewer, threadId, loaders);
    const all = await this.list(viewer, document.id, loaders);
    return all.find((t) => t.thread.id === thread.id)!;
  }

  private state(space: SpaceEntity, document: DocumentEntity) {
    return { ...resourceState(space), archived: space.archivedAt !== null || document.archivedAt !== null || document.frozenAt !== null };
  }

  private async assert(viewer: UserEntity, document: DocumentEntity, action: SpaceAction, loaders: SpaceLoaders, authoredByActor: boolean): Promise<void> {
    const space = (await loaders.space.load(document.spaceId))!;
    const state = this.state(space, document);
    if (may(await actorIn(viewer, space.id, loaders), action, { ...state, authoredByActor })) return;
    if (state.archived) throw AppError.forbidden(document.frozenAt ? 'Il verbale è pubblicato: non si può più commentare.' : 'Il documento è archiviato: si può solo consultare.');
    throw AppError.forbidden(action === 'document.comment'
      ? 'Solo i membri dello spazio possono commentare.'
      : 'Solo chi scrive il documento o chi ha aperto la discussione può chiuderla o riaprirla.');
  }

  private async requireDocument(viewer: UserEntity, documentId: string, loaders: SpaceLoaders): Promise<DocumentEntity> {
    const document = await this.documents.get(viewer, documentId, loaders);
    if (!document) throw AppError.notFound('Documento');
    return document;
  }

  private async requireThread(viewer: UserEntity, threadId: string, loaders: SpaceLoaders): Promise<{ thread: CommentThreadEntity; document: DocumentEntity }> {
    const thread = /^[0-9a-f-]{36}$/i.test(threadId) ? await this.db.getRepository(CommentThreadEntity).findOneBy({ id: threadId }) : null;
    if (!thread) throw AppError.notFound('Discussione');
    return { thread, document: await this.requireDocument(viewer, thread.documentId, loaders) };
  }

  private async announce(events: ActivityEvent[], documentId: string, threadId: string): Promise<void> {
    await this.activity.publish(events);
    await this.pubSub.publish(commentsTopic(documentId), { documentCommentsChanged: { documentId, threadId } });
  }
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
