import { type DocumentEntity, DocumentVersionEntity, type UserEntity } from '@condivisa/db';
import { documentText, replaceEditorContent } from '@condivisa/collab';
import { AppError } from '@condivisa/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import type { ActivityEvent } from '../spaces/activity-event.model';
import { ActivityService } from '../spaces/activity.service';
import type { SpaceLoaders } from '../spaces/space-loaders';
import { CollabGateway } from './collab-gateway';
import { loadDocumentState } from './document-state';
import { DocumentsService } from './documents.service';

/** Named versions of a document: frozen states with their contributors; restoring is a new change. */
@Injectable()
export class DocumentVersionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly documents: DocumentsService,
    private readonly gateway: CollabGateway,
    private readonly activity: ActivityService,
  ) {}

  async list(viewer: UserEntity, documentId: string, loaders: SpaceLoaders): Promise<DocumentVersionEntity[]> {
    await this.requireDocument(viewer, documentId, loaders);
    return this.db.getRepository(DocumentVersionEntity).find({ where: { documentId }, order: { number: 'DESC' } });
  }

  async get(viewer: UserEntity, versionId: string, loaders: SpaceLoaders): Promise<DocumentVersionEntity> {
    const version = /^[0-9a-f-]{36}$/i.test(versionId) ? await this.db.getRepository(DocumentVersionEntity).findOneBy({ id: versionId }) : null;
    if (!version) throw AppError.notFound('Versione');
    await this.requireDocument(viewer, version.documentId, loaders);
    return version;
  }

  async save(viewer: UserEntity, documentId: string, name: string, loaders: SpaceLoaders): Promise<DocumentVersionEntity> {
    const document = await this.requireDocument(viewer, documentId, loaders);
    if (!(await this.documents.canEdit(viewer, document, loaders))) throw AppError.forbidden('Non puoi salvare versioni di questo documento.');
    await this.gateway.server.flushDocument(documentId);
    const events: ActivityEvent[] = [];
    const saved = await this.db.transaction(async (m) => {
      await m.query('SELECT id FROM document WHERE id = $1 FOR UPDATE', [documentId]); // one numbering at a time
      const previous = await m.findOne(DocumentVersionEntity, { where: { documentId }, order: { number: 'DESC' } });
      const { doc, lastUpdateId } = await loadDocumentState(m, documentId);
      const contributors = await m.query<{ author_id: string }[]>(
        'SELECT DISTINCT author_id FROM yjs_update WHERE document_id = $1 AND id > $2 AND id <= $3 AND author_id IS NOT NULL',
        [documentId, previous?.upToUpdateId ?? '0', lastUpdateId],
      );
      const version = await m.save(m.create(DocumentVersionEntity, {
        documentId,
        number: (previous?.number ?? 0) + 1,
        name: name.trim(),
        state: Buffer.from(Y.encodeStateAsUpdate(doc)),
        text: documentText(doc),
        upToUpdateId: lastUpdateId,
        contributorIds: contributors.map((c) => c.author_id),
        createdById: viewer.id,
      }));
      events.push(await this.activity.record(m, document.spaceId, viewer, 'document.versionSaved', { type: 'document_version', id: version.id }, {
        name: document.title, version: version.name, number: version.number,
      }));
      return version;
    });
    await this.activity.publish(events);
    return saved;
  }

  /** Applies the version's content to the live document as a new change by the viewer. */
  async restore(viewer: UserEntity, versionId: string, loaders: SpaceLoaders): Promise<DocumentVersionEntity> {
    const version = await this.get(viewer, versionId, loaders);
    const document = await this.requireDocument(viewer, version.documentId, loaders);
    if (!(await this.documents.canEdit(viewer, document, loaders))) throw AppError.forbidden('Non puoi modificare questo documento.');
    const source = new Y.Doc();
    Y.applyUpdate(source, new Uint8Array(version.state));
    await this.gateway.server.change(document.id, viewer.id, (doc, origin) => replaceEditorContent(doc, source, origin));
    const events: ActivityEvent[] = [];
    await this.db.transaction(async (m) => {
      events.push(await this.activity.record(m, document.spaceId, viewer, 'document.versionRestored', { type: 'document_version', id: version.id }, {
        name: document.title, version: version.name, number: version.number,
      }));
    });
    await this.activity.publish(events);
    return version;
  }

  private async requireDocument(viewer: UserEntity, documentId: string, loaders: SpaceLoaders): Promise<DocumentEntity> {
    const document = await this.documents.get(viewer, documentId, loaders);
    if (!document) throw AppError.notFound('Documento');
    return document;
  }
}
