import {
  ActionItemEntity, CalendarFeedEntity, AgendaItemEntity, DocumentEntity, MeetingAttendanceEntity, MeetingDecisionEntity, MeetingEntity, MeetingRsvpEntity,
  OrganizationEntity, type SpaceEntity, SpaceMemberEntity, type UserEntity,
} from '@condivisa/db';
import { AppError, dueDateProblem, meetingTimeProblems, meetingWhen, type SpaceAction } from '@condivisa/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { CollabGateway } from '../documents/collab-gateway';
import { hashToken, newSecretToken } from '../identity/tokens';
import { MailService } from '../mail/mail.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { ActivityEvent } from '../spaces/activity-event.model';
import { ActivityService } from '../spaces/activity.service';
import { assertMay, viewerMay } from '../spaces/space-access';
import type { SpaceLoaders } from '../spaces/space-loaders';
import type { ActionItemInput, AgendaItemInput, AttendanceInput, CreateMeetingInput, MeetingDetailsInput } from './meeting.inputs';
import type { ActionItemStatus, RsvpResponse } from './meeting.model';
import { writeMinutesTemplate } from './minutes-content';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface MeetingNews {
  subject: string;
  body: string;
}

/**
 * Meetings of a space: scheduling, agenda, RSVP, attendance, the live minutes document and the
 * decisions and action items that go with it. Publication is in MinutesPublicationService.
 */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly activity: ActivityService,
    private readonly notifications: NotificationsService,
    private readonly mail: MailService,
    private readonly gateway: CollabGateway,
  ) {}

  async list(viewer: UserEntity | null, spaceId: string, loaders: SpaceLoaders): Promise<MeetingEntity[]> {
    const space = await this.requireSpace(spaceId, loaders);
    await assertMay(viewer, 'meeting.read', space, loaders, 'Solo i membri dello spazio possono vederne gli incontri.');
    return this.db.getRepository(MeetingEntity).find({ where: { spaceId }, order: { startsAt: 'DESC' } });
  }

  async get(viewer: UserEntity | null, id: string, loaders: SpaceLoaders): Promise<MeetingEntity | null> {
    const meeting = UUID.test(id) ? await this.db.getRepository(MeetingEntity).findOneBy({ id }) : null;
    if (!meeting) return null;
    const space = await this.requireSpace(meeting.spaceId, loaders);
    await assertMay(viewer, 'meeting.read', space, loaders, 'Solo i membri dello spazio possono vedere questo incontro.');
    return meeting;
  }

  async require(viewer: UserEntity | null, id: string, loaders: SpaceLoaders): Promise<MeetingEntity> {
    const meeting = await this.get(viewer, id, loaders);
    if (!meeting) throw AppError.notFound('Incontro');
    return meeting;
  }

  agenda(meetingId: string): Promise<AgendaItemEntity[]> {
    return this.db.getRepository(AgendaItemEntity).find({ where: { meetingId }, order: { position: 'ASC' } });
  }

  attendance(meetingId: string): Promise<MeetingAttendanceEntity[]> {
    return this.db.getRepository(MeetingAttendanceEntity).find({ where: { meetingId }, relations: { organization: true }, order: { organization: { name: 'ASC' } } });
  }

  decisions(meetingId: string): Promise<MeetingDecisionEntity[]> {
    return this.db.getRepository(MeetingDecisionEntity).find({ where: { meetingId }, order: { position: 'ASC' } });
  }

  meetingActionItems(meetingId: string): Promise<ActionItemEntity[]> {
    return this.db.getRepository(ActionItemEntity).find({ where: { meetingId }, relations: { organization: true }, order: { dueDate: 'ASC', createdAt: 'ASC' } });
  }

  /** Every member of the space is invited; their answer, if any. */
  async invitees(meetingId: string, spaceId: string): Promise<{ member: SpaceMemberEntity; response: RsvpResponse | null }[]> {
    const [members, answers] = await Promise.all([
      this.db.getRepository(SpaceMemberEntity).find({ where: { spaceId }, relations: { user: true, organization: true }, order: { joinedAt: 'ASC' } }),
      this.db.getRepository(MeetingRsvpEntity).findBy({ meetingId }),
    ]);
    const byUser = new Map(answers.map((a) => [a.userId, a.response as RsvpResponse]));
    return members.map((member) => ({ member, response: byUser.get(member.userId) ?? null }));
  }

  /** The organisations that belong to the space: named by the source documents or by a member. */
  async spaceOrganizationIds(m: EntityManager, spaceId: string): Promise<Set<string>> {
    const rows = await m.query<{ organization_id: string }[]>(
      `SELECT organization_id FROM space_organization WHERE space_id = $1
       UNION SELECT organization_id FROM space_member WHERE space_id = $1 AND organization_id IS NOT NULL`,
      [spaceId],
    );
    return new Set(rows.map((r) => r.organization_id));
  }

  async may(viewer: UserEntity | null, action: SpaceAction, meeting: MeetingEntity, loaders: SpaceLoaders): Promise<boolean> {
    return viewerMay(viewer, action, await this.requireSpace(meeting.spaceId, loaders), loaders);
  }

  async create(viewer: UserEntity, input: CreateMeetingInput, loaders: SpaceLoaders): Promise<MeetingEntity> {
    const space = await this.requireSpace(input.spaceId, loaders);
    await assertMay(viewer, 'meeting.create', space, loaders, 'Solo chi coordina lo spazio può convocare incontri.');
    const details = await this.checkDetails(input, space.id);
    const events: ActivityEvent[] = [];
    const meeting = await this.db.transaction(async (m) => {
      const created = await m.save(m.create(MeetingEntity, { spaceId: space.id, ...details.fields, createdById: viewer.id }));
      await this.writeAgenda(m, created.id, details.agenda);
      events.push(await this.activity.record(m, space.id, viewer, 'meeting.scheduled', { type: 'meeting', id: created.id }, { name: created.title }));
      await this.tellMembers(m, viewer, space, created, {
        subject: `Nuovo incontro: ${created.title}`,
        body: `${viewer.displayName} ha convocato «${created.title}» per ${meetingWhen(created.startsAt, created.endsAt)}${created.place ? `, ${created.place}` : ''}.`,
      });
      return created;
    });
    await this.after(events);
    return meeting;
  }

  async update(viewer: UserEntity, id: string, input: MeetingDetailsInput, loaders: SpaceLoaders): Promise<MeetingEntity> {
    const meeting = await this.require(viewer, id, loaders);
    const space = await this.requireSpace(meeting.spaceId, loaders);
    await assertMay(viewer, 'meeting.update', space, loaders, 'Solo chi coordina lo spazio può modificare gli incontri.');
    await this.assertChangeable(meeting);
    const details = await this.checkDetails(input, space.id);
    const events: ActivityEvent[] = [];
    const updated = await this.db.transaction(async (m) => {
      await m.update(MeetingEntity, { id }, details.fields);
      await m.delete(AgendaItemEntity, { meetingId: id });
      await this.writeAgenda(m, id, details.agenda);
      const fresh = await m.findOneByOrFail(MeetingEntity, { id });
      events.push(await this.activity.record(m, space.id, viewer, 'meeting.changed', { type: 'meeting', id }, { name: fresh.title }));
      await this.tellMembers(m, viewer, space, fresh, {
        subject: `Incontro modificato: ${fresh.title}`,
        body: `${viewer.displayName} ha modificato «${fresh.title}»: ora ${meetingWhen(fresh.startsAt, fresh.endsAt)}${fresh.place ? `, ${fresh.place}` : ''}.`,
      });
      return fresh;
    });
    await this.after(events);
    return updated;
  }

  async cancel(viewer: UserEntity, id: string, reason: string, loaders: SpaceLoaders): Promise<MeetingEntity> {
    const meeting = await this.require(viewer, id, loaders);
    const space = await this.requireSpace(meeting.spaceId, loaders);
    await assertMay(viewer, 'meeting.update', space, loaders, 'Solo chi coordina lo spazio può annullare gli incontri.');
    await this.assertChangeable(meeting);
    const events: ActivityEvent[] = [];
    const cancelled = await this.db.transaction(async (m) => {
      await m.update(MeetingEntity, { id }, { cancelledAt: new Date(), cancelReason: reason.trim() || null });
      const fresh = await m.findOneByOrFail(MeetingEntity, { id });
      events.push(await this.activity.record(m, space.id, viewer, 'meeting.cancelled', { type: 'meeting', id }, { name: fresh.title }));
      await this.tellMembers(m, viewer, space, fresh, {
        subject: `Incontro annullato: ${fresh.title}`,
        body: `${viewer.displayName} ha annullato «${fresh.title}» (${meetingWhen(fresh.startsAt, fresh.endsAt)}).${fresh.cancelReason ? ` Motivo: ${fresh.cancelReason}` : ''}`,
      });
      return fresh;
    });
    await this.after(events);
    return cancelled;
  }

  async rsvp(viewer: UserEntity, meetingId: string, response: RsvpResponse, loaders: SpaceLoaders): Promise<MeetingEntity> {
    const meeting = await this.require(viewer, meetingId, loaders);
    const space = await this.requireSpace(meeting.spaceId, loaders);
    await assertMay(viewer, 'meeting.rsvp', space, loaders, 'Solo i membri dello spazio rispondono agli inviti.');
    if (meeting.cancelledAt) throw AppError.badInput("L'incontro è stato annullato.");
    await this.db.getRepository(MeetingRsvpEntity).upsert({ meetingId, userId: viewer.id, response }, ['meetingId', 'userId']);
    return meeting;
  }

  async recordAttendance(viewer: UserEntity, meetingId: string, entries: AttendanceInput[], loaders: SpaceLoaders): Promise<MeetingEntity> {
    const meeting = await this.require(viewer, meetingId, loaders);
    const space = await this.requireSpace(meeting.spaceId, loaders);
    await assertMay(viewer, 'meeting.recordAttendance', space, loaders, 'Solo chi coordina lo spazio registra le presenze.');
    await this.assertMinutesOpen(meeting);
    if (meeting.cancelledAt) throw AppError.badInput("L'incontro è stato annullato: non ci sono presenze da registrare.");
    const events: ActivityEvent[] = [];
    await this.db.transaction(async (m) => {
      const members = await this.spaceOrganizationIds(m, space.id);
      const seen = new Set<string>();
      const problems = entries.flatMap((e, i) => {
        if (seen.has(e.organizationId)) return [{ field: `entries.${i}.organizationId`, message: 'Ente indicato due volte' }];
        seen.add(e.organizationId);
        if (!members.has(e.organizationId)) return [{ field: `entries.${i}.organizationId`, message: `L'ente ${e.organizationId} non fa parte dello spazio` }];
        if (e.status === 'REPRESENTED' && !e.representedBy?.trim()) return [{ field: `entries.${i}.representedBy`, message: 'Indica chi ha rappresentato l’ente' }];
        return [];
      });
      if (problems.length > 0) throw AppError.badInput(problems[0]!.message, problems);
      await m.delete(MeetingAttendanceEntity, { meetingId });
      if (entries.length > 0) {
        await m.insert(MeetingAttendanceEntity, entries.map((e) => ({
          meetingId, organizationId: e.organizationId, status: e.status, representedBy: e.status === 'REPRESENTED' ? e.representedBy!.trim() : null,
        })));
      }
      events.push(await this.activity.record(m, space.id, viewer, 'meeting.attendanceRecorded', { type: 'meeting', id: meetingId }, {
        name: meeting.title, present: entries.filter((e) => e.status !== 'ABSENT').length,
      }));
    });
    await this.after(events);
    return meeting;
  }

  /**
   * Creates the meeting's minutes document from the template (one heading per agenda point), once;
   * asking again returns the same meeting.
   */
  async startMinutes(viewer: UserEntity, meetingId: string, loaders: SpaceLoaders): Promise<MeetingEntity> {
    const meeting = await this.require(viewer, meetingId, loaders);
    const space = await this.requireSpace(meeting.spaceId, loaders);
    await assertMay(viewer, 'minutes.edit', space, loaders, 'Solo coordinatori e membri scrivono il verbale.');
    if (meeting.cancelledAt) throw AppError.badInput("L'incontro è stato annullato: non ha verbale.");
    const events: ActivityEvent[] = [];
    const started = await this.db.transaction(async (m) => {
      const locked = await m.findOneOrFail(MeetingEntity, { where: { id: meetingId }, lock: { mode: 'pessimistic_write' } });
      if (locked.minutesDocumentId) return null;
      const document = await m.save(m.create(DocumentEntity, {
        spaceId: space.id, kind: 'MINUTES', title: `Verbale – ${meeting.title}`, createdById: viewer.id,
      }));
      await m.update(MeetingEntity, { id: meetingId }, { minutesDocumentId: document.id });
      events.push(await this.activity.record(m, space.id, viewer, 'meeting.minutesStarted', { type: 'meeting', id: meetingId }, { name: meeting.title }));
      return document.id;
    });
    if (started) {
      const [agenda, attendance] = await Promise.all([this.agenda(meetingId), this.attendance(meetingId)]);
      const present = attendance.map((a) => ({ organization: a.organization.name, status: a.status, representedBy: a.representedBy }));
      await this.gateway.server.change(started, viewer.id, (doc, origin) => doc.transact(() => writeMinutesTemplate(doc, agenda, present), origin));
    }
    await this.after(events);
    return this.db.getRepository(MeetingEntity).findOneByOrFail({ id: meetingId });
  }

  async setDecisions(viewer: UserEntity, meetingId: string, texts: string[], loaders: SpaceLoaders): Promise<MeetingEntity> {
    const meeting = await this.require(viewer, meetingId, loaders);
    const space = await this.requireSpace(meeting.spaceId, loaders);
    await assertMay(viewer, 'minutes.edit', space, loaders, 'Solo coordinatori e membri scrivono il verbale.');
    await this.assertMinutesOpen(meeting);
    const cleaned = texts.map((t) => t.trim());
    const empty = cleaned.findIndex((t) => t.length < 2);
    if (empty >= 0) throw AppError.badInput('Ogni decisione deve avere almeno 2 caratteri', [{ field: `texts.${empty}`, message: 'Decisione vuota' }]);
    const events: ActivityEvent[] = [];
    await this.db.transaction(async (m) => {
      await m.delete(MeetingDecisionEntity, { meetingId });
      if (cleaned.length > 0) await m.insert(MeetingDecisionEntity, cleaned.map((text, position) => ({ meetingId, text, position, createdById: viewer.id })));
      events.push(await this.activity.record(m, space.id, viewer, 'meeting.decisionsRecorded', { type: 'meeting', id: meetingId }, { name: meeting.title, count: cleaned.length }));
    });
    await this.after(events);
    return meeting;
  }

  async addActionItem(viewer: UserEntity, meetingId: string, input: ActionItemInput, loaders: SpaceLoaders): Promise<ActionItemEntity> {
    const meeting = await this.require(viewer, meetingId, loaders);
    const space = await this.requireSpace(meeting.spaceId, loaders);
    await assertMay(viewer, 'minutes.edit', space, loaders, 'Solo coordinatori e membri scrivono il verbale.');
    await this.assertMinutesOpen(meeting);
    const due = dueDateProblem(input.dueDate, new Date());
    if (due) throw AppError.badInput(due, [{ field: 'dueDate', message: due }]);
    const events: ActivityEvent[] = [];
    const item = await this.db.transaction(async (m) => {
      if (input.organizationId && !(await this.spaceOrganizationIds(m, space.id)).has(input.organizationId)) {
        throw AppError.badInput(`L'ente ${input.organizationId} non fa parte dello spazio`, [{ field: 'organizationId', message: 'Ente non dello spazio' }]);
      }
      const saved = await m.save(m.create(ActionItemEntity, {
        meetingId, spaceId: space.id, what: input.what.trim(), organizationId: input.organizationId ?? null, dueDate: input.dueDate, createdById: viewer.id,
      }));
      events.push(await this.activity.record(m, space.id, viewer, 'actionItem.created', { type: 'action_item', id: saved.id }, { name: saved.what, due: saved.dueDate }));
      return saved;
    });
    await this.after(events);
    return this.db.getRepository(ActionItemEntity).findOneOrFail({ where: { id: item.id }, relations: { organization: true } });
  }

  async removeActionItem(viewer: UserEntity, id: string, loaders: SpaceLoaders): Promise<MeetingEntity> {
    const item = await this.requireActionItem(id);
    const meeting = await this.require(viewer, item.meetingId, loaders);
    const space = await this.requireSpace(meeting.spaceId, loaders);
    await assertMay(viewer, 'minutes.edit', space, loaders, 'Solo coordinatori e membri scrivono il verbale.');
    await this.assertMinutesOpen(meeting);
    const events: ActivityEvent[] = [];
    await this.db.transaction(async (m) => {
      await m.delete(ActionItemEntity, { id });
      events.push(await this.activity.record(m, space.id, viewer, 'actionItem.removed', { type: 'action_item', id }, { name: item.what }));
    });
    await this.after(events);
    return meeting;
  }

  /** Progress on an action item is reported after publication too: it is tracked until done. */
  async updateActionItemStatus(viewer: UserEntity, id: string, status: ActionItemStatus, loaders: SpaceLoaders): Promise<ActionItemEntity> {
    const item = await this.requireActionItem(id);
    const space = await this.requireSpace(item.spaceId, loaders);
    await assertMay(viewer, 'actionItem.updateStatus', space, loaders, 'Solo coordinatori e membri aggiornano le azioni.');
    if (item.status === status) return item;
    const events: ActivityEvent[] = [];
    await this.db.transaction(async (m) => {
      await m.update(ActionItemEntity, { id }, { status, doneAt: status === 'DONE' ? new Date() : null });
      events.push(await this.activity.record(m, space.id, viewer, 'actionItem.statusChanged', { type: 'action_item', id }, { name: item.what, from: item.status, to: status }));
    });
    await this.after(events);
    return this.db.getRepository(ActionItemEntity).findOneOrFail({ where: { id }, relations: { organization: true } });
  }

  async spaceActionItems(viewer: UserEntity | null, spaceId: string, openOnly: boolean, loaders: SpaceLoaders): Promise<(ActionItemEntity & { meeting: MeetingEntity })[]> {
    const space = await this.requireSpace(spaceId, loaders);
    await assertMay(viewer, 'meeting.read', space, loaders, 'Solo i membri dello spazio possono vedere decisioni e azioni.');
    return this.db.getRepository(ActionItemEntity).find({
      where: { spaceId, ...(openOnly ? { status: In(['OPEN', 'IN_PROGRESS']) } : {}) },
      relations: { organization: true, meeting: true },
      order: { dueDate: 'ASC', createdAt: 'ASC' },
    }) as Promise<(ActionItemEntity & { meeting: MeetingEntity })[]>;
  }

  async spaceDecisions(viewer: UserEntity | null, spaceId: string, loaders: SpaceLoaders): Promise<(MeetingDecisionEntity & { meeting: MeetingEntity })[]> {
    const space = await this.requireSpace(spaceId, loaders);
    await assertMay(viewer, 'meeting.read', space, loaders, 'Solo i membri dello spazio possono vedere decisioni e azioni.');
    return this.db.getRepository(MeetingDecisionEntity).find({
      where: { meeting: { spaceId } }, relations: { meeting: true }, order: { meeting: { startsAt: 'DESC' }, position: 'ASC' },
    }) as Promise<(MeetingDecisionEntity & { meeting: MeetingEntity })[]>;
  }

  /**
   * A personal secret address for a calendar app to subscribe to the space's meetings; a new one
   * replaces the previous (only its hash is stored).
   */
  async createCalendarFeed(viewer: UserEntity, spaceId: string, loaders: SpaceLoaders, origin: string): Promise<string> {
    const space = await this.requireSpace(spaceId, loaders);
    await assertMay(viewer, 'meeting.read', space, loaders, 'Solo i membri dello spazio possono abbonarsi al suo calendario.');
    const token = newSecretToken();
    await this.db.getRepository(CalendarFeedEntity).upsert({ userId: viewer.id, spaceId, tokenHash: hashToken(token) }, ['userId', 'spaceId']);
    return `${origin}/calendar/spaces/${encodeURIComponent(spaceId)}.ics?token=${token}`;
  }

  /** In-app notification and e-mail to every other member, in the caller's transaction. */
  async tellMembers(m: EntityManager, viewer: UserEntity, space: SpaceEntity, meeting: MeetingEntity, news: MeetingNews, link = `/incontri/${meeting.id}`): Promise<void> {
    const members = await m.find(SpaceMemberEntity, { where: { spaceId: space.id }, relations: { user: true } });
    for (const member of members) {
      if (member.userId === viewer.id || member.user.disabledAt) continue;
      await this.notifications.notify(m, { userId: member.userId, spaceId: space.id, title: news.subject, body: news.body, link });
      await this.mail.enqueue(m, {
        to: member.user.email,
        subject: `[Condivisa] ${news.subject}`,
        text: `${news.body}\n\nSpazio: ${space.name}\nApri: ${link}\n\nRicevi questo messaggio perché sei membro dello spazio su Condivisa.`,
      });
    }
  }

  async after(events: ActivityEvent[]): Promise<void> {
    await this.activity.publish(events);
    void this.mail.deliverPending();
  }

  async requireSpace(spaceId: string, loaders: SpaceLoaders): Promise<SpaceEntity> {
    const space = await loaders.space.load(spaceId);
    if (!space) throw AppError.notFound('Spazio');
    return space;
  }

  /** Once the minutes are published, the meeting is part of a public act. */
  private async assertChangeable(meeting: MeetingEntity): Promise<void> {
    if (meeting.cancelledAt) throw AppError.badInput("L'incontro è già stato annullato.");
    if (await this.isPublished(meeting.id)) throw AppError.badInput("Il verbale dell'incontro è pubblicato: l'incontro non si può più modificare.");
  }

  /** Decisions, actions and attendance change only while a minutes text is being drafted (or corrected). */
  private async assertMinutesOpen(meeting: MeetingEntity): Promise<void> {
    if (!(await this.isPublished(meeting.id))) return;
    const document = meeting.minutesDocumentId ? await this.db.getRepository(DocumentEntity).findOneBy({ id: meeting.minutesDocumentId }) : null;
    if (!document || document.frozenAt) {
      throw AppError.badInput('Il verbale è pubblicato e non si può più modificare: per correggerlo avvia una rettifica.');
    }
  }

  private async isPublished(meetingId: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>('SELECT 1 FROM minutes_publication WHERE meeting_id = $1 LIMIT 1', [meetingId]);
    return rows.length > 0;
  }

  private async requireActionItem(id: string): Promise<ActionItemEntity> {
    const item = UUID.test(id) ? await this.db.getRepository(ActionItemEntity).findOneBy({ id }) : null;
    if (!item) throw AppError.notFound('Azione');
    return item;
  }

  private async checkDetails(input: MeetingDetailsInput, spaceId: string) {
    const problems = meetingTimeProblems(input.startsAt, input.endsAt);
    if (problems.length > 0) throw AppError.badInput(problems[0]!.message, problems);
    const agenda: AgendaItemInput[] = input.agenda;
    const presenters = [...new Set(agenda.map((a) => a.presenterOrganizationId).filter((id): id is string => !!id))];
    if (presenters.length > 0) {
      const found = await this.db.getRepository(OrganizationEntity).findBy({ id: In(presenters) });
      const missing = presenters.find((id) => !found.some((o) => o.id === id));
      if (missing) throw AppError.badInput(`Ente sconosciuto: ${missing}`, [{ field: 'agenda.presenterOrganizationId', message: 'Ente sconosciuto' }]);
    }
    const documentIds = [...new Set(agenda.flatMap((a) => a.documentIds ?? []))];
    if (documentIds.length > 0) {
      const found = await this.db.getRepository(DocumentEntity).findBy({ id: In(documentIds), spaceId });
      if (found.length !== documentIds.length) throw AppError.badInput('Si possono collegare solo documenti di questo spazio', [{ field: 'agenda.documentIds', message: 'Documento non dello spazio' }]);
    }
    return {
      fields: { title: input.title.trim(), startsAt: input.startsAt, endsAt: input.endsAt, place: input.place?.trim() || null, videoUrl: input.videoUrl?.trim() || null },
      agenda,
    };
  }

  private async writeAgenda(m: EntityManager, meetingId: string, agenda: AgendaItemInput[]): Promise<void> {
    if (agenda.length === 0) return;
    await m.insert(AgendaItemEntity, agenda.map((a, position) => ({
      meetingId, position, title: a.title.trim(), description: a.description?.trim() ?? '', presenterOrganizationId: a.presenterOrganizationId ?? null, documentIds: a.documentIds ?? [],
    })));
  }
}
