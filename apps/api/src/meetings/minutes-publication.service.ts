import { DocumentEntity, type MeetingEntity, MeetingEntity as Meeting, MinutesPublicationEntity, type SpaceEntity, type UserEntity } from '@condivisa/db';
import { AppError, may } from '@condivisa/domain';
import type { Block } from '@condivisa/render';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import * as Y from 'yjs';
import { CollabGateway } from '../documents/collab-gateway';
import { romeDateTime } from '../documents/document-export';
import { loadDocumentState } from '../documents/document-state';
import type { ActivityEvent } from '../spaces/activity-event.model';
import { ActivityService } from '../spaces/activity.service';
import { actorIn, assertMay, resourceState } from '../spaces/space-access';
import type { SpaceLoaders } from '../spaces/space-loaders';
import { MeetingsService } from './meetings.service';
import { hasWrittenText, type MinutesFacts, renderMinutes } from './minutes-content';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a publication keeps besides its HTML: the facts and the blocks the exports are made from. */
export interface PublishedContent {
  facts: Omit<MinutesFacts, 'startsAt' | 'endsAt'> & { startsAt: string; endsAt: string };
  blocks: Block[];
}

export interface PublicationSearchHit {
  publication: MinutesPublicationEntity;
  excerpt: string | null;
  supersededById: string | null;
  spaceName: string;
}

/**
 * Publishing minutes: the current minutes text plus attendance, agenda, decisions and actions
 * become one frozen act (canonical HTML + SHA-256). The table refuses UPDATE and DELETE; a
 * correction is a new act that supersedes the previous one. One publication per meeting: the
 * meeting row is locked while publishing and a unique index backs it up.
 */
@Injectable()
export class MinutesPublicationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly meetings: MeetingsService,
    private readonly gateway: CollabGateway,
    private readonly activity: ActivityService,
  ) {}

  async publish(viewer: UserEntity, meetingId: string, loaders: SpaceLoaders): Promise<MinutesPublicationEntity> {
    const meeting = await this.meetings.require(viewer, meetingId, loaders);
    const space = await this.meetings.requireSpace(meeting.spaceId, loaders);
    await assertMay(viewer, 'minutes.publish', space, loaders, 'Solo chi coordina lo spazio pubblica i verbali.');
    return this.publishAct(viewer, space, meeting.id, null);
  }

  /** Publishes the corrected minutes text as a new act that supersedes `publicationId`. */
  async publishCorrection(viewer: UserEntity, publicationId: string, reason: string, loaders: SpaceLoaders): Promise<MinutesPublicationEntity> {
    const previous = await this.requirePublication(viewer, publicationId, loaders);
    const space = await this.meetings.requireSpace(previous.spaceId, loaders);
    await assertMay(viewer, 'minutes.publish', space, loaders, 'Solo chi coordina lo spazio pubblica le rettifiche.');
    const why = reason.trim();
    if (why.length < 5) throw AppError.badInput('Spiega il motivo della rettifica (almeno 5 caratteri)', [{ field: 'reason', message: 'Motivo troppo breve' }]);
    return this.publishAct(viewer, space, previous.meetingId, { previousId: previous.id, reason: why });
  }

  /**
   * Opens a correction: a new minutes document starting from the published text, editable by the
   * writers until the correction is published. Attendance, decisions and actions open up again.
   */
  async startCorrection(viewer: UserEntity, publicationId: string, loaders: SpaceLoaders): Promise<MeetingEntity> {
    const previous = await this.requirePublication(viewer, publicationId, loaders);
    const space = await this.meetings.requireSpace(previous.spaceId, loaders);
    await assertMay(viewer, 'minutes.publish', space, loaders, 'Solo chi coordina lo spazio avvia le rettifiche.');
    const events: ActivityEvent[] = [];
    const created = await this.db.transaction(async (m) => {
      const meeting = await m.findOneOrFail(Meeting, { where: { id: previous.meetingId }, lock: { mode: 'pessimistic_write' } });
      await this.assertLatest(m, previous);
      const current = meeting.minutesDocumentId ? await m.findOneBy(DocumentEntity, { id: meeting.minutesDocumentId }) : null;
      if (current && !current.frozenAt) return null; // a correction is already being drafted
      const { doc } = await loadDocumentState(m, previous.documentId);
      const document = await m.save(m.create(DocumentEntity, { spaceId: space.id, kind: 'MINUTES', title: `Rettifica – ${meeting.title}`, createdById: viewer.id }));
      await m.update(Meeting, { id: meeting.id }, { minutesDocumentId: document.id });
      events.push(await this.activity.record(m, space.id, viewer, 'minutes.correctionStarted', { type: 'meeting', id: meeting.id }, { name: meeting.title }));
      return { documentId: document.id, state: Y.encodeStateAsUpdate(doc) };
    });
    if (created) {
      await this.gateway.server.change(created.documentId, viewer.id, (doc, origin) => Y.applyUpdate(doc, created.state, origin));
    }
    await this.meetings.after(events);
    return this.meetings.require(viewer, previous.meetingId, loaders);
  }

  async get(viewer: UserEntity | null, id: string, loaders: SpaceLoaders): Promise<PublicationSearchHit | null> {
    const publication = UUID.test(id) ? await this.db.getRepository(MinutesPublicationEntity).findOneBy({ id }) : null;
    if (!publication) return null;
    const space = await this.meetings.requireSpace(publication.spaceId, loaders);
    if (!may(await actorIn(viewer, space.id, loaders), 'minutes.readPublished', resourceState(space))) {
      if (!viewer) throw AppError.unauthenticated('Questo verbale non è pubblico: accedi per leggerlo.');
      throw AppError.forbidden('Solo i membri dello spazio possono leggere questo verbale.');
    }
    const next = await this.db.getRepository(MinutesPublicationEntity).findOneBy({ supersedesId: publication.id });
    return { publication, excerpt: null, supersededById: next?.id ?? null, spaceName: space.name };
  }

  /** The publications of a meeting, oldest first (the original, then its corrections). */
  async ofMeeting(meetingId: string): Promise<MinutesPublicationEntity[]> {
    return this.db.getRepository(MinutesPublicationEntity).find({ where: { meetingId }, order: { number: 'ASC' } });
  }

  /**
   * Published minutes a visitor may read (public spaces; plus the viewer's own spaces), newest
   * first; with `search`, PostgreSQL full-text search in Italian ("abitativa" finds "abitative").
   */
  async search(viewer: UserEntity | null, options: { search?: string | null; spaceId?: string | null; limit: number }): Promise<PublicationSearchHit[]> {
    const search = options.search?.trim() || null;
    const rows = await this.db.query<(Record<string, unknown> & { id: string; excerpt: string | null; superseded_by_id: string | null; space_name: string })[]>(
      `SELECT p.id, s.name AS space_name, next.id AS superseded_by_id,
              CASE WHEN $1::text IS NULL THEN NULL
                   ELSE ts_headline('italian', p.body_text, websearch_to_tsquery('italian', $1),
                                    'StartSel=«, StopSel=», MaxWords=30, MinWords=12, MaxFragments=2') END AS excerpt
         FROM minutes_publication p
         JOIN space s ON s.id = p.space_id
         LEFT JOIN minutes_publication next ON next.supersedes_id = p.id
        WHERE (s.visibility = 'PUBLIC' OR EXISTS (SELECT 1 FROM space_member sm WHERE sm.space_id = s.id AND sm.user_id = $2::uuid)
               OR $4::boolean)
          AND ($3::text IS NULL OR p.space_id = $3)
          AND ($1::text IS NULL OR to_tsvector('italian', p.title || ' ' || p.body_text) @@ websearch_to_tsquery('italian', $1))
        ORDER BY p.published_at DESC
        LIMIT $5`,
      [search, viewer?.id ?? null, options.spaceId ?? null, viewer?.platformRole === 'ADMIN', options.limit],
    );
    if (rows.length === 0) return [];
    const publications = await this.db.getRepository(MinutesPublicationEntity).findBy({ id: In(rows.map((r) => r.id)) });
    const byId = new Map(publications.map((p) => [p.id, p]));
    return rows.map((r) => ({ publication: byId.get(r.id)!, excerpt: r.excerpt, supersededById: r.superseded_by_id, spaceName: r.space_name }));
  }

  private async publishAct(viewer: UserEntity, space: SpaceEntity, meetingId: string, correction: { previousId: string; reason: string } | null): Promise<MinutesPublicationEntity> {
    const before = await this.db.getRepository(Meeting).findOneByOrFail({ id: meetingId });
    if (before.minutesDocumentId) await this.gateway.server.flushDocument(before.minutesDocumentId);
    const events: ActivityEvent[] = [];
    const published = await this.db.transaction(async (m) => {
      // One publisher at a time per meeting; the second finds the first's act and is refused.
      const meeting = await m.findOneOrFail(Meeting, { where: { id: meetingId }, lock: { mode: 'pessimistic_write' } });
      if (meeting.cancelledAt) throw AppError.badInput("L'incontro è stato annullato: non ha verbale da pubblicare.");
      const latest = await m.findOne(MinutesPublicationEntity, { where: { meetingId }, order: { number: 'DESC' } });
      let previous: MinutesPublicationEntity | null = null;
      if (correction) {
        previous = await m.findOneByOrFail(MinutesPublicationEntity, { id: correction.previousId });
        await this.assertLatest(m, previous);
      } else if (latest) {
        throw AppError.conflict('Il verbale di questo incontro è già pubblicato: per correggerlo pubblica una rettifica.');
      }
      const document = meeting.minutesDocumentId ? await m.findOneBy(DocumentEntity, { id: meeting.minutesDocumentId }) : null;
      if (!document) throw AppError.badInput('Il verbale non è ancora stato avviato: scrivilo prima di pubblicarlo.');
      if (document.frozenAt) throw AppError.badInput(correction ? 'Avvia la rettifica e correggi il testo prima di pubblicarla.' : 'Questo testo è già stato pubblicato.');
      const { doc } = await loadDocumentState(m, document.id);
      if (!hasWrittenText(doc)) throw AppError.badInput('Il verbale è vuoto: scrivi il resoconto prima di pubblicarlo.');
      const facts = await this.facts(m, space, meeting, previous && correction ? { number: previous.number, reason: correction.reason, supersededPublishedAt: romeDateTime(previous.publishedAt) } : undefined);
      const rendered = renderMinutes(facts, doc);
      doc.destroy();
      const content: PublishedContent = { facts: { ...facts, startsAt: facts.startsAt.toISOString(), endsAt: facts.endsAt.toISOString() }, blocks: rendered.blocks };
      const saved = await m.save(m.create(MinutesPublicationEntity, {
        meetingId, spaceId: space.id, documentId: document.id, number: (latest?.number ?? 0) + 1, title: meeting.title,
        html: rendered.html, contentSha256: rendered.sha256, bodyText: rendered.text, content: content as unknown as Record<string, unknown>,
        publishedById: viewer.id, supersedesId: previous?.id ?? null, correctionReason: correction?.reason ?? null,
      }));
      await m.update(DocumentEntity, { id: document.id }, { frozenAt: new Date() });
      events.push(await this.activity.record(m, space.id, viewer, correction ? 'minutes.corrected' : 'minutes.published', { type: 'minutes_publication', id: saved.id }, {
        name: meeting.title, sha256: saved.contentSha256,
      }));
      await this.meetings.tellMembers(m, viewer, space, meeting, {
        subject: correction ? `Rettifica del verbale: ${meeting.title}` : `Verbale pubblicato: ${meeting.title}`,
        body: correction
          ? `${viewer.displayName} ha pubblicato una rettifica del verbale di «${meeting.title}». Motivo: ${correction.reason}`
          : `${viewer.displayName} ha pubblicato il verbale di «${meeting.title}». Impronta SHA-256: ${saved.contentSha256}`,
      }, `/verbali/${saved.id}`);
      return saved;
    });
    // Open editors of the text become read-only now, not at the next periodic check.
    await this.gateway.server.recheckDocument(published.documentId);
    await this.meetings.after(events);
    return published;
  }

  private async assertLatest(m: EntityManager, publication: MinutesPublicationEntity): Promise<void> {
    const next = await m.findOneBy(MinutesPublicationEntity, { supersedesId: publication.id });
    if (next) throw AppError.conflict('Questa pubblicazione è già stata rettificata: rettifica l’ultima.');
  }

  private async facts(m: EntityManager, space: SpaceEntity, meeting: MeetingEntity, correction: MinutesFacts['correction']): Promise<MinutesFacts> {
    const [agenda, attendance, decisions, actions] = await Promise.all([
      m.query<{ title: string; description: string; presenter: string | null }[]>(
        'SELECT a.title, a.description, o.name AS presenter FROM agenda_item a LEFT JOIN organization o ON o.id = a.presenter_organization_id WHERE a.meeting_id = $1 ORDER BY a.position', [meeting.id]),
      m.query<{ organization: string; status: string; representedBy: string | null }[]>(
        'SELECT o.name AS organization, a.status, a.represented_by AS "representedBy" FROM meeting_attendance a JOIN organization o ON o.id = a.organization_id WHERE a.meeting_id = $1 ORDER BY o.name', [meeting.id]),
      m.query<{ text: string }[]>('SELECT text FROM meeting_decision WHERE meeting_id = $1 ORDER BY position', [meeting.id]),
      m.query<{ what: string; organization: string | null; dueDate: string; status: string }[]>(
        `SELECT a.what, o.name AS organization, to_char(a.due_date, 'YYYY-MM-DD') AS "dueDate", a.status
           FROM action_item a LEFT JOIN organization o ON o.id = a.organization_id WHERE a.meeting_id = $1 ORDER BY a.due_date, a.created_at`, [meeting.id]),
    ]);
    return {
      spaceName: space.name, title: meeting.title, startsAt: meeting.startsAt, endsAt: meeting.endsAt, place: meeting.place, videoUrl: meeting.videoUrl,
      agenda, attendance, decisions: decisions.map((d) => d.text), actionItems: actions, ...(correction ? { correction } : {}),
    };
  }

  private async requirePublication(viewer: UserEntity, id: string, loaders: SpaceLoaders): Promise<MinutesPublicationEntity> {
    const hit = await this.get(viewer, id, loaders);
    if (!hit) throw AppError.notFound('Verbale pubblicato');
    return hit.publication;
  }
}
