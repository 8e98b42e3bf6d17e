import { CollabTicketEntity, YjsSnapshotEntity, YjsUpdateEntity } from '@condivisa/db';
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
import { documentAccessFor } from './document-access';

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
    const grant = (await this.refreshAccess(documentId, [row.userId])).get(row.userId);
    if (!grant) throw new AccessDenied(CloseCode.Forbidden, 'Non puoi leggere questo documento');
    return grant;
  }

  async refreshAccess(documentId: string, userIds: string[]): Promise<Map<string, AccessGrant | null>> {
    const access = await documentAccessFor(this.db, documentId, userIds);
    if (access === null) throw new AccessDenied(CloseCode.NotFound, 'Documento inesistente');
    return new Map(userIds.map((userId) => {
      const a = access.get(userId)!;
      return [userId, a.canRead ? { userId, readOnly: !a.canEdit } : null];
    }));
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

  /**
   * One statement, one round trip per flush window: the rows of the batch and the document's
   * "last edited" stamp, atomically (a CTE instead of BEGIN/INSERT/UPDATE/COMMIT).
   */
  async store(documentId: string, updates: StoredUpdate[]): Promise<void> {
    const lastAuthor = [...updates].reverse().find((u) => u.authorId)?.authorId ?? null;
    await this.db.query(
      `WITH stored AS (
         INSERT INTO yjs_update (document_id, bytes, author_id)
         SELECT $1, bytes, author_id FROM unnest($2::bytea[], $3::uuid[]) WITH ORDINALITY AS batch(bytes, author_id, n) ORDER BY n
       )
       UPDATE document SET last_edited_at = now(), last_edited_by_id = COALESCE($4, last_edited_by_id) WHERE id = $1`,
      [documentId, updates.map((u) => Buffer.from(u.bytes)), updates.map((u) => u.authorId), lastAuthor],
    );
  }

  log(level: 'info' | 'warn' | 'error', message: string, details: Record<string, unknown> = {}): void {
    this.logger[level]({ component: 'collab', ...details }, message);
  }
}
