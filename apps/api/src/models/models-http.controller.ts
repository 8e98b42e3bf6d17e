import { AppError, slugify } from '@condivisa/domain';
import { type Block, type ExportDocument, renderDocx, renderPdf } from '@condivisa/render';
import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { asHttp, viewerOf } from '../common/http-access';
import { romeDateTime } from '../documents/document-export';
import { SessionService } from '../identity/session.service';
import { SpaceLoaders } from '../spaces/space-loaders';
import { ModelsService } from './models.service';

const STATUS_LABEL: Record<string, string> = {
  CONSOLIDATED: 'consolidata', IN_REVIEW: 'in revisione', CHANGES_REQUESTED: 'modifiche richieste', REJECTED: 'non approvata', APPROVED: 'approvata', SUPERSEDED: 'approvata, sostituita da una versione successiva',
};
const DECISION_LABEL: Record<string, string> = {
  FAVOURABLE: 'favorevole', FAVOURABLE_WITH_REMARKS: 'favorevole con osservazioni', CHANGES_REQUESTED: 'modifiche richieste', UNFAVOURABLE: 'contrario',
};

/** `GET /export/model-versions/<id>.pdf|.docx`: a model version with its status, the Collegio's opinions and its hash. */
@Controller('export/model-versions')
export class ModelsHttpController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionService,
    private readonly models: ModelsService,
  ) {}

  @Get(':file')
  async export(@Param('file') file: string, @Headers('cookie') cookie: string | undefined, @Res() res: Response): Promise<void> {
    await asHttp(async () => {
      const match = /^([0-9a-f-]{36})\.(docx|pdf)$/i.exec(file);
      if (!match) throw AppError.notFound('Versione del modello');
      const format = match[2]!.toLowerCase() as 'docx' | 'pdf';
      const viewer = await viewerOf(this.sessions, cookie);
      const loaders = new SpaceLoaders(this.db, viewer?.id ?? null);
      const { version, model, space } = await this.models.readableVersion(viewer, match[1]!, loaders);
      const review = (await this.models.reviewsOf(version.id)).find((r) => r.closedAt);
      const decisions = review ? await this.models.decisionsOf(review.id) : [];
      const names = await loaders.user.loadMany(decisions.map((d) => d.reviewerId));
      const opinions: Block[] = decisions.length
        ? [{ type: 'heading', level: 2, inlines: [{ text: 'Parere dei revisori', marks: {} }] }, {
            type: 'list', ordered: false,
            items: decisions.map((d, i) => [{ type: 'paragraph', inlines: [{ text: `${(names[i] as { displayName?: string } | null)?.displayName ?? 'Revisore'}: ${DECISION_LABEL[d.decision]} – ${d.motivation}`, marks: {} }] }]),
          }]
        : [];
      const document: ExportDocument = {
        title: `${model.title} – versione ${version.number}`,
        subtitle: space.name,
        meta: [
          { label: 'Stato', value: STATUS_LABEL[version.status] ?? version.status },
          ...(review?.outcome ? [{ label: 'Esito della revisione', value: `${review.outcome === 'APPROVED' ? 'approvata' : review.outcome === 'CHANGES_REQUESTED' ? 'modifiche richieste' : 'non approvata'} il ${romeDateTime(review.closedAt!)}` }] : []),
          { label: 'Consolidata il', value: romeDateTime(version.createdAt) },
          { label: 'Modifiche', value: version.changelog },
          { label: 'Impronta SHA-256', value: version.contentSha256 },
        ],
        body: [...(version.blocks as Block[]), ...opinions],
        footer: `SHA-256 ${version.contentSha256} · ${model.title} v${version.number}`,
      };
      const bytes = format === 'docx' ? await renderDocx(document) : await renderPdf(document, { date: version.createdAt });
      res.attachment(`${slugify(model.title) || 'modello'}-v${version.number}.${format}`);
      res.type(format === 'docx' ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'application/pdf');
      res.send(bytes);
    });
  }
}
