import { CollabTicketEntity, DocumentEntity, YjsSnapshotEntity, YjsUpdateEntity } from '@condivisa/db';
import {
  AccessDenied, type AccessGrant, CloseCode, type CollabHooks, CollabServer, LocalFanOut, RedisFanOut, type StoredUpdate,
} from '@condivisa/collab';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { DataSource, MoreThan } from 'typeorm';
import * as Y from 'yjs';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ROOT_LOGGER } from '../common/logger';
import { hashToken } from '../identity/tokens';
import { documentAccess } from './document-access';

/** Updates replayed after the snapshot beyond which a load folds them into a new snapshot. */
const COMPACT_AFTER = 200;

/**
 * Mounts the y-websocket gateway of libs/collab on the API's HTTP server, with tickets, the policy
 * and PostgreSQL behind its hooks. Updates are never deleted (they carry their author); snapshots
 * only spare a load the replay of old history.
 */
@Injectable()
export class CollabGateway implements CollabHooks, OnModuleDestroy {
  readonly server: CollabServer;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {
    this.server = new CollabServer(this, {
      maxMessageBytes: config.collab.maxMessageBytes,
      maxDocumentBytes: config.collab.maxDocumentBytes,
      flushWindowMs: config.collab.flushWindowMs,
    }, config.redisUrl ? new RedisFanOut(config.redisUrl) : new LocalFanOut());
  }

  attach(http: Server): void {
    this.server.attach(http);
  }

  onModuleDestroy(): Promise<void> {
    return this.server.close();
  }

  async authenticate(documentId: string, ticket: string | null): Promise<AccessGrant> {
    if (!ticket || ticket.length > 100) throw new AccessDenied(CloseCode.Unauthenticated, 'Lasciapassare mancante');
    const row = await this.db.getRepository(CollabTicketEntity).findOneBy({ tokenHash: hashToken(ticket) });
    if (!row || row.documentId !== documentId || row.expiresAt.getTime() <= Date.now()) {
      throw new AccessDenied(CloseCode.Unauthenticated, 'Lasciapassare non valido o scaduto');
    }
    const grant = await this.refreshAccess(documentId, row.userId);
    if (!grant) throw new AccessDenied(CloseCode.Forbidden, 'Non puoi leggere questo documento');
    return grant;
  }

  async refreshAccess(documentId: string, userId: string): Promise<AccessGrant | null> {
    const access = await documentAccess(this.db, documentId, userId);
    if (access === null) throw new AccessDenied(CloseCode.NotFound, 'Documento inesistente');
    return access.canRead ? { userId, readOnly: !access.canEdit } : null;
  }

  async load(documentId: string): Promise<Uint8Array[]> {
    const snapshot = await this.db.getRepository(YjsSnapshotEntity).findOneBy({ documentId });
    const updates = await this.db.getRepository(YjsUpdateEntity).find({
      where: { documentId, ...(snapshot ? { id: MoreThan(snapshot.upToId) } : {}) },
      order: { id: 'ASC' },
    });
    const parts = [...(snapshot ? [new Uint8Array(snapshot.state)] : []), ...updates.map((u) => new Uint8Array(u.bytes))];
    if (updates.length >= COMPACT_AFTER) {
      // Through a Y.Doc in one transaction: Y.mergeUpdates slows down sharply with long histories.
      const folded = new Y.Doc();
      folded.transact(() => {
        for (const part of parts) Y.applyUpdate(folded, part);
      });
      const merged = Y.encodeStateAsUpdate(folded);
      folded.destroy();
      await this.db.getRepository(YjsSnapshotEntity).upsert(
        { documentId, state: Buffer.from(merged), upToId: updates.at(-1)!.id },
        ['documentId'],
      );
      this.logger.info({ document: documentId, folded: updates.length }, 'document history compacted into a snapshot');
      return [merged];
    }
    return parts;
  }

  async store(documentId: string, updates: StoredUpdate[]): Promise<void> {
    const lastAuthor = [...updates].reverse().find((u) => u.authorId)?.authorId ?? null;
    await this.db.transaction(async (m) => {
      await m.insert(YjsUpdateEntity, updates.map((u) => ({ documentId, bytes: Buffer.from(u.bytes), authorId: u.authorId })));
      await m.update(DocumentEntity, { id: documentId }, { lastEditedAt: new Date(), ...(lastAuthor ? { lastEditedById: lastAuthor } : {}) });
    });
  }

  log(level: 'info' | 'warn' | 'error', message: string, details: Record<string, unknown> = {}): void {
    this.logger[level]({ component: 'collab', ...details }, message);
  }
}
