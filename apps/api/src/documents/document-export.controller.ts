import { AppError, ErrorCode, slugify } from '@condivisa/domain';
import { Controller, Get, Headers, HttpException, Param, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parse as parseCookies } from 'cookie';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { SESSION_COOKIE, SessionService } from '../identity/session.service';
import { SpaceLoaders } from '../spaces/space-loaders';
import { CollabGateway } from './collab-gateway';
import { draftExport, EXPORT_CONTENT_TYPE, type ExportFormat, renderExport } from './document-export';
import { loadDocumentState } from './document-state';
import { DocumentsService } from './documents.service';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.BadUserInput]: 400,
};

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
    try {
      const match = /^([0-9a-f-]{36})\.(docx|pdf)$/i.exec(file);
      if (!match) throw AppError.notFound('Documento');
      const [, id, format] = match as unknown as [string, string, ExportFormat];
      const viewer = await this.sessions.resolve(parseCookies(cookie ?? '')[SESSION_COOKIE]);
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
    } catch (error) {
      if (error instanceof AppError) throw new HttpException({ code: error.code, message: error.message }, HTTP_STATUS[error.code] ?? 400);
      throw error;
    }
  }
}
