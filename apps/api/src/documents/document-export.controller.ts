import { AppError, slugify } from '@condivisa/domain';
import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { SessionService } from '../identity/session.service';
import { asHttp, viewerOf } from '../common/http-access';
import { SpaceLoaders } from '../spaces/space-loaders';
import { CollabGateway } from './collab-gateway';
import { draftExport, EXPORT_CONTENT_TYPE, type ExportFormat, renderExport } from './document-export';
import { loadDocumentState } from './document-state';
import { DocumentsService } from './documents.service';

/**
 * `GET /export/documents/<id>.docx|.pdf`: the live text of a draft as Word or PDF, for the
 * document's readers (session cookie, same policy as the GraphQL `document` query).
 */
@Controller('export/documents')
export class DocumentExportController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionService,
    private readonly documents: DocumentsService,
    private readonly gateway: CollabGateway,
  ) {}

  @Get(':file')
  async export(@Param('file') file: string, @Headers('cookie') cookie: string | undefined, @Res() res: Response): Promise<void> {
    await asHttp(async () => {
      const match = /^([0-9a-f-]{36})\.(docx|pdf)$/i.exec(file);
      if (!match) throw AppError.notFound('Documento');
      const [, id, format] = match as unknown as [string, string, ExportFormat];
      const viewer = await viewerOf(this.sessions, cookie);
      if (!viewer) throw AppError.unauthenticated('Accedi per scaricare il documento.');
      const loaders = new SpaceLoaders(this.db, viewer.id);
      const document = await this.documents.get(viewer, id, loaders);
      if (!document) throw AppError.notFound('Documento');
      await this.gateway.server.flushDocument(id);
      const [{ doc }, space, lastEditor] = await Promise.all([
        loadDocumentState(this.db.manager, id),
        loaders.space.load(document.spaceId),
        document.lastEditedById ? loaders.user.load(document.lastEditedById) : Promise.resolve(null),
      ]);
      const exportedAt = new Date();
      const bytes = await renderExport(format.toLowerCase() as ExportFormat, draftExport(document, space!, doc, lastEditor, exportedAt), exportedAt);
      doc.destroy();
      res.attachment(`${slugify(document.title) || 'documento'}.${format.toLowerCase()}`);
      res.type(EXPORT_CONTENT_TYPE[format.toLowerCase() as ExportFormat]);
      res.setHeader('Cache-Control', 'private, no-store');
      res.send(bytes);
    });
  }
}
