import { CalendarFeedEntity, MeetingEntity, type SpaceEntity, type UserEntity } from '@condivisa/db';
import { AppError, may, slugify } from '@condivisa/domain';
import { renderDocx, renderPdf, type ExportDocument } from '@condivisa/render';
import { Controller, Get, Headers, Inject, Param, Query, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { Feed } from 'feed';
import ical from 'ical-generator';
import { DataSource } from 'typeorm';
import { asHttp, viewerOf } from '../common/http-access';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { romeDateTime } from '../documents/document-export';
import { hashToken } from '../identity/tokens';
import { SessionService } from '../identity/session.service';
import { actorIn, resourceState } from '../spaces/space-access';
import { SpaceLoaders } from '../spaces/space-loaders';
import { MinutesPublicationService, type PublishedContent } from './minutes-publication.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Plain-HTTP views of meetings and minutes: calendar files (one meeting, or a space's feed for
 * calendar apps, with a personal secret address for members-only spaces), the Atom feed of
 * published minutes, and PDF/DOCX of a publication.
 */
@Controller()
export class MeetingsHttpController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionService,
    private readonly publications: MinutesPublicationService,
  ) {}

  @Get('calendar/meetings/:file')
  async meetingCalendar(@Param('file') file: string, @Headers('cookie') cookie: string | undefined, @Res() res: Response): Promise<void> {
    await asHttp(async () => {
      const id = /^(.+)\.ics$/.exec(file)?.[1] ?? '';
      const meeting = UUID.test(id) ? await this.db.getRepository(MeetingEntity).findOneBy({ id }) : null;
      if (!meeting) throw AppError.notFound('Incontro');
      const viewer = await viewerOf(this.sessions, cookie);
      const space = await this.readableSpace(viewer, meeting.spaceId);
      this.sendCalendar(res, space, [meeting], `${slugify(meeting.title) || 'incontro'}.ics`);
    });
  }

  /** `?token=` is the personal address from `createCalendarFeed`; public spaces need none. */
  @Get('calendar/spaces/:file')
  async spaceCalendar(@Param('file') file: string, @Query('token') token: string | undefined, @Headers('cookie') cookie: string | undefined, @Res() res: Response): Promise<void> {
    await asHttp(async () => {
      const spaceId = /^(.+)\.ics$/.exec(file)?.[1] ?? '';
      let viewer = await viewerOf(this.sessions, cookie);
      if (!viewer && token && token.length <= 100) {
        const feed = await this.db.getRepository(CalendarFeedEntity).findOne({ where: { tokenHash: hashToken(token), spaceId }, relations: { user: true } });
        viewer = feed?.user ?? null;
      }
      const space = await this.readableSpace(viewer, spaceId);
      const meetings = await this.db.getRepository(MeetingEntity).find({ where: { spaceId }, order: { startsAt: 'ASC' } });
      this.sendCalendar(res, space, meetings, `${space.id}.ics`);
    });
  }

  @Get('feeds/verbali.atom')
  async minutesFeed(@Res() res: Response): Promise<void> {
    const hits = await this.publications.search(null, { limit: 50 });
    const base = this.config.publicUrl;
    const feed = new Feed({
      title: 'Condivisa – verbali pubblicati',
      description: 'I verbali pubblicati dagli spazi pubblici di Condivisa (tavoli e gruppi di lavoro della provincia di Bergamo)',
      id: `${base}/verbali`,
      link: `${base}/verbali`,
      language: 'it',
      copyright: 'Atti pubblici degli enti partecipanti',
      updated: hits[0]?.publication.publishedAt ?? new Date(0),
      feedLinks: { atom: `${base}/feeds/verbali.atom` },
    });
    for (const { publication: p, spaceName } of hits) {
      feed.addItem({
        title: `${p.supersedesId ? 'Rettifica – ' : ''}${p.title} (${spaceName})`,
        id: `${base}/verbali/${p.id}`,
        link: `${base}/verbali/${p.id}`,
        date: p.publishedAt,
        description: `${p.correctionReason ? `Rettifica: ${p.correctionReason}. ` : ''}Impronta SHA-256: ${p.contentSha256}`,
        content: p.html,
      });
    }
    res.type('application/atom+xml; charset=utf-8');
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.send(feed.atom1());
  }

  @Get('export/minutes/:file')
  async minutesExport(@Param('file') file: string, @Headers('cookie') cookie: string | undefined, @Res() res: Response): Promise<void> {
    await asHttp(async () => {
      const match = /^([0-9a-f-]{36})\.(docx|pdf)$/i.exec(file);
      if (!match) throw AppError.notFound('Verbale pubblicato');
      const format = match[2]!.toLowerCase() as 'docx' | 'pdf';
      const viewer = await viewerOf(this.sessions, cookie);
      const hit = await this.publications.get(viewer, match[1]!, new SpaceLoaders(this.db, viewer?.id ?? null));
      if (!hit) throw AppError.notFound('Verbale pubblicato');
      const { publication: p } = hit;
      const content = p.content as unknown as PublishedContent;
      const { facts } = content;
      const document: ExportDocument = {
        title: `Verbale – ${p.title}`,
        subtitle: `${facts.spaceName}${p.number > 1 ? ` · rettifica n. ${p.number - 1}` : ''}`,
        // Space, date and place are in the act itself.
        meta: [
          { label: 'Pubblicato il', value: romeDateTime(p.publishedAt) },
          { label: 'Impronta SHA-256', value: p.contentSha256 },
        ],
        // The act's own first heading is the title above.
        body: content.blocks.slice(1),
        footer: `SHA-256 ${p.contentSha256} · pubblicato il ${romeDateTime(p.publishedAt)}`,
      };
      const bytes = format === 'docx' ? await renderDocx(document) : await renderPdf(document, { date: p.publishedAt });
      res.attachment(`verbale-${slugify(p.title) || 'incontro'}-${p.number}.${format}`);
      res.type(format === 'docx' ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'application/pdf');
      res.send(bytes);
    });
  }

  private async readableSpace(viewer: UserEntity | null, spaceId: string): Promise<SpaceEntity> {
    const loaders = new SpaceLoaders(this.db, viewer?.id ?? null);
    const space = await loaders.space.load(spaceId);
    if (!space) throw AppError.notFound('Spazio');
    const state = resourceState(space);
    // A public space's calendar is public, like its published minutes.
    if (!state.publicSpace && !may(await actorIn(viewer, space.id, loaders), 'meeting.read', state)) {
      if (!viewer) throw AppError.unauthenticated('Accedi, o usa il tuo indirizzo personale del calendario.');
      throw AppError.forbidden('Solo i membri dello spazio vedono i suoi incontri.');
    }
    return space;
  }

  private sendCalendar(res: Response, space: SpaceEntity, meetings: MeetingEntity[], filename: string): void {
    const calendar = ical({ name: `Incontri – ${space.name}`, prodId: { company: 'Condivisa', product: 'incontri', language: 'IT' } });
    for (const meeting of meetings) {
      calendar.createEvent({
        id: `${meeting.id}@condivisa`,
        start: meeting.startsAt,
        end: meeting.endsAt,
        summary: `${meeting.cancelledAt ? 'ANNULLATO – ' : ''}${meeting.title}`,
        location: meeting.place ?? meeting.videoUrl ?? undefined,
        description: `${space.name}${meeting.videoUrl ? `\nCollegamento: ${meeting.videoUrl}` : ''}${meeting.cancelReason ? `\nAnnullato: ${meeting.cancelReason}` : ''}`,
        url: `${this.config.publicUrl}/incontri/${meeting.id}`,
        status: meeting.cancelledAt ? ('CANCELLED' as never) : ('CONFIRMED' as never),
        stamp: meeting.updatedAt,
      });
    }
    res.type('text/calendar; charset=utf-8');
    res.attachment(filename);
    res.setHeader('Cache-Control', 'private, max-age=300');
    res.send(calendar.toString());
  }
}
