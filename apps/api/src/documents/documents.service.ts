import { CollabTicketEntity, DocumentEntity, type UserEntity } from '@condivisa/db';
import { AppError } from '@condivisa/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThan } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { hashToken, newSecretToken } from '../identity/tokens';
import type { ActivityEvent } from '../spaces/activity-event.model';
import { ActivityService } from '../spaces/activity.service';
import { assertMay, viewerMay } from '../spaces/space-access';
import type { SpaceLoaders } from '../spaces/space-loaders';
import type { DocumentKind } from './document.model';

/** Documents of a space and the tickets that open their live socket. */
@Injectable()
export class DocumentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly activity: ActivityService,
  ) {}

  async list(viewer: UserEntity | null, spaceId: string, loaders: SpaceLoaders): Promise<DocumentEntity[]> {
    const space = await loaders.space.load(spaceId);
    if (!space) throw AppError.notFound('Spazio');
    await assertMay(viewer, 'document.read', space, loaders, 'Solo i membri dello spazio possono vederne i documenti.');
    return this.db.getRepository(DocumentEntity).find({ where: { spaceId }, order: { archivedAt: { direction: 'ASC', nulls: 'FIRST' }, createdAt: 'DESC' } });
  }

  async get(viewer: UserEntity | null, id: string, loaders: SpaceLoaders): Promise<DocumentEntity | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const document = await this.db.getRepository(DocumentEntity).findOneBy({ id });
    if (!document) return null;
    const space = (await loaders.space.load(document.spaceId))!;
    await assertMay(viewer, 'document.read', space, loaders, 'Solo i membri dello spazio possono leggere questo documento.');
    return document;
  }

  async canEdit(viewer: UserEntity | null, document: DocumentEntity, loaders: SpaceLoaders): Promise<boolean> {
    if (document.archivedAt || document.frozenAt) return false;
    const space = (await loaders.space.load(document.spaceId))!;
    return viewerMay(viewer, 'document.edit', space, loaders);
  }

  async create(viewer: UserEntity, spaceId: string, kind: DocumentKind, title: string, loaders: SpaceLoaders): Promise<DocumentEntity> {
    const space = await loaders.space.load(spaceId);
    if (!space) throw AppError.notFound('Spazio');
    await assertMay(viewer, 'document.create', space, loaders, 'Solo coordinatori e membri possono creare documenti.');
    const events: ActivityEvent[] = [];
    const created = await this.db.transaction(async (m) => {
      const document = await m.save(m.create(DocumentEntity, { spaceId, kind, title: title.trim(), createdById: viewer.id }));
      events.push(await this.activity.record(m, spaceId, viewer, 'document.created', { type: 'document', id: document.id }, { name: document.title }));
      return document;
    });
    await this.activity.publish(events);
    return created;
  }

  async rename(viewer: UserEntity, id: string, title: string, loaders: SpaceLoaders): Promise<DocumentEntity> {
    const document = await this.require(viewer, id, loaders);
    if (!(await this.canEdit(viewer, document, loaders))) throw AppError.forbidden('Non puoi modificare questo documento.');
    const events: ActivityEvent[] = [];
    const renamed = await this.db.transaction(async (m) => {
      const from = document.title;
      await m.update(DocumentEntity, { id }, { title: title.trim() });
      events.push(await this.activity.record(m, document.spaceId, viewer, 'document.renamed', { type: 'document', id }, { from, name: title.trim() }));
      return m.findOneByOrFail(DocumentEntity, { id });
    });
    await this.activity.publish(events);
    return renamed;
  }

  async archive(viewer: UserEntity, id: string, loaders: SpaceLoaders): Promise<DocumentEntity> {
    const document = await this.require(viewer, id, loaders);
    const space = (await loaders.space.load(document.spaceId))!;
    await assertMay(viewer, 'document.archive', space, loaders, 'Solo chi coordina lo spazio può archiviare i documenti.');
    if (document.archivedAt) return document;
    const events: ActivityEvent[] = [];
    const archived = await this.db.transaction(async (m) => {
      await m.update(DocumentEntity, { id }, { archivedAt: new Date() });
      events.push(await this.activity.record(m, document.spaceId, viewer, 'document.archived', { type: 'document', id }, { name: document.title }));
      return m.findOneByOrFail(DocumentEntity, { id });
    });
    await this.activity.publish(events);
    return archived;
  }

  /** A pass for the live socket of one document, valid for this person for COLLAB_TICKET_TTL_SECONDS. */
  async ticket(viewer: UserEntity, id: string, loaders: SpaceLoaders, httpOrigin: string | null): Promise<{ token: string; url: string; expiresAt: Date; readOnly: boolean }> {
    const document = await this.require(viewer, id, loaders);
    const token = newSecretToken();
    const expiresAt = new Date(Date.now() + this.config.collab.ticketTtlSeconds * 1000);
    await this.db.getRepository(CollabTicketEntity).delete({ userId: viewer.id, expiresAt: LessThan(new Date()) });
    await this.db.getRepository(CollabTicketEntity).insert({ tokenHash: hashToken(token), documentId: id, userId: viewer.id, expiresAt });
    // The origin the browser used (behind a proxy too), else PUBLIC_URL.
    const url = `${(httpOrigin ?? this.config.publicUrl).replace(/^http/, 'ws')}/collab`;
    return { token, url, expiresAt, readOnly: !(await this.canEdit(viewer, document, loaders)) };
  }

  private async require(viewer: UserEntity, id: string, loaders: SpaceLoaders): Promise<DocumentEntity> {
    const document = await this.get(viewer, id, loaders);
    if (!document) throw AppError.notFound('Documento');
    return document;
  }
}
