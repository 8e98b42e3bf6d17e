import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AppError } from '@condivisa/domain';
import { asHttp, viewerOf } from '../common/http-access';
import { SessionService } from '../identity/session.service';
import { SemesterReportsService } from './semester-reports.service';

const TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
type Format = keyof typeof TYPES;

/**
 * `GET /export/reports/<objectiveId>/<semester>.pdf|.docx|.xlsx` (an objective's report; XLSX is
 * the indicator table) and `/export/reports/provincia/<semester>.…` (the provincial summary).
 * Public, like the plan; non-public indicators only for the objective's coordinators.
 */
@Controller('export/reports')
export class ReportsHttpController {
  constructor(
    private readonly sessions: SessionService,
    private readonly reports: SemesterReportsService,
  ) {}

  @Get(':objectiveId/:file')
  async export(@Param('objectiveId') objectiveId: string, @Param('file') file: string, @Headers('cookie') cookie: string | undefined, @Res() res: Response): Promise<void> {
    await asHttp(async () => {
      const match = /^(\d{4}-H[12])\.(pdf|docx|xlsx)$/.exec(file);
      if (!match) throw AppError.notFound('Rapporto');
      const [, semester, format] = match as unknown as [string, string, Format];
      const viewer = await viewerOf(this.sessions, cookie);
      let bytes: Buffer;
      if (objectiveId === 'provincia') {
        const reports = await this.reports.provincial(semester, viewer);
        bytes = format === 'xlsx'
          ? await this.reports.xlsx(reports)
          : await this.reports.export(format, `Sintesi provinciale del monitoraggio – ${semester}`, 'Prologo provinciale ai Piani di Zona 2025-2027', this.reports.provincialBlocks(reports), null);
      } else if (format === 'xlsx') {
        bytes = await this.reports.xlsx(await this.reports.provincial(semester, viewer).then((all) => all.filter((r) => r.objective.id === objectiveId)));
        if (!bytes.length) throw AppError.notFound('Obiettivo');
      } else {
        const { title, blocks, publication } = await this.reports.blocks(objectiveId, semester, viewer);
        bytes = await this.reports.export(format, title, 'Prologo provinciale ai Piani di Zona 2025-2027', blocks, publication);
      }
      res.attachment(`rapporto-${objectiveId}-${semester}.${format}`);
      res.type(TYPES[format]);
      res.send(bytes);
    });
  }
}
