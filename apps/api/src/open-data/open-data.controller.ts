import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type Dataset, OpenDataService } from './open-data.service';

const JSON_TYPE = 'application/json; charset=utf-8';
const CSV_TYPE = 'text/csv; charset=utf-8; header=present';

/**
 * The instrument map as open data, without login: JSON and CSV, with Last-Modified from the
 * map's last change (conditional GETs get 304) and CORS open to any site (public, no cookies).
 */
@Controller('open-data')
export class OpenDataController {
  constructor(private readonly openData: OpenDataService) {}

  @Get('instruments.json')
  async instrumentsJson(@Res({ passthrough: true }) res: Response): Promise<string> {
    return send(res, await this.openData.instrumentsJson(), JSON_TYPE);
  }

  @Get('instruments.csv')
  async instrumentsCsv(@Res({ passthrough: true }) res: Response): Promise<string> {
    return send(res, await this.openData.instrumentsCsv(), CSV_TYPE, 'instruments.csv');
  }

  @Get('instrument-relations.json')
  async relationsJson(@Res({ passthrough: true }) res: Response): Promise<string> {
    return send(res, await this.openData.relationsJson(), JSON_TYPE);
  }

  @Get('instrument-relations.csv')
  async relationsCsv(@Res({ passthrough: true }) res: Response): Promise<string> {
    return send(res, await this.openData.relationsCsv(), CSV_TYPE, 'instrument-relations.csv');
  }

  @Get('instrument-experiences.json')
  async experiencesJson(@Res({ passthrough: true }) res: Response): Promise<string> {
    return send(res, await this.openData.experiencesJson(), JSON_TYPE);
  }

  @Get('instrument-experiences.csv')
  async experiencesCsv(@Res({ passthrough: true }) res: Response): Promise<string> {
    return send(res, await this.openData.experiencesCsv(), CSV_TYPE, 'instrument-experiences.csv');
  }
}

function send(res: Response, dataset: Dataset, type: string, download?: string): string {
  res.setHeader('Content-Type', type);
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Cache-Control', 'public, no-cache');
  if (dataset.lastModified) res.setHeader('Last-Modified', dataset.lastModified.toUTCString());
  if (download) res.setHeader('Content-Disposition', `attachment; filename="${download}"`);
  return dataset.body;
}
