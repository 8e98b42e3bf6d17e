import {
  DocumentEntity, ModelEntity, ModelReviewEntity, ModelVersionEntity, ReviewCommentEntity, ReviewDecisionEntity,
  type SpaceEntity, SpaceMemberEntity, type UserEntity,
} from '@condivisa/db';
import {
  AppError, diffBlocks, dueDateProblem, may, nextModelStatus, nextVersionStatus, type ModelStatus, type ReviewDecision, reviewOutcome,
  type ReviewRule, romeDay, type SpaceAction,
} from '@condivisa/domain';
import { type Block, blocksText, diffUnits, documentBlocks, renderHtml } from '@condivisa/render';
import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import * as Y from 'yjs';
import { CollabGateway } from '../documents/collab-gateway';
import { loadDocumentState } from '../documents/document-state';
import { MailService } from '../mail/mail.service';
import { sha256Hex } from '../meetings/minutes-content';
import { NotificationsService } from '../notifications/notifications.service';
import type { ActivityEvent } from '../spaces/activity-event.model';
import { ActivityService } from '../spaces/activity.service';
import { actorIn, assertMay, resourceState, viewerMay } from '../spaces/space-access';
import type { SpaceLoaders } from '../spaces/space-loaders';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DECISION_LABEL: Record<ReviewDecision, string> = {
  FAVOURABLE: 'favorevole', FAVOURABLE_WITH_REMARKS: 'favorevole con osservazioni', CHANGES_REQUESTED: 'modifiche richieste', UNFAVOURABLE: 'contrario',
};
const OUTCOME_LABEL = { APPROVED: 'approvata', CHANGES_REQUESTED: 'da modificare', REJECTED: 'non approvata' } as const;
const PUBLISHED: ModelVersionEntity['status'][] = ['APPROVED', 'SUPERSEDED'];

/**
 * Co-designed models: a live working draft, consolidated by coordinators into immutable versions,
 * reviewed by the space's reviewers (the Collegio dei Sindaci) under the space's closing rule,
 * approved versions published. State changes follow libs/domain model-status.ts.
 */
@Injectable()
export class ModelsService implements OnModuleInit, OnModuleDestroy {
  private reminderTimer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly gateway: CollabGateway,
    private readonly activity: ActivityService,
    private readonly notifications: NotificationsService,
    private readonly mail: MailService,
  ) {}

  onModuleInit(): void {
    // Reminders a day before a review's due date: hourly, and once shortly after start.
    this.reminderTimer = setInterval(() => void this.sendDueReminders(new Date()).catch(() => undefined), 3600_000).unref();
  }

  onModuleDestroy(): void {
    if (this.reminderTimer) clearInterval(this.reminderTimer);
  }

  async list(viewer: UserEntity | null, spaceId: string, loaders: SpaceLoaders): Promise<ModelEntity[]> {
    const space = await this.requireSpace(spaceId, loaders);
    await assertMay(viewer, 'modelVersion.read', space, loaders, 'Solo i membri dello spazio vedono i modelli in lavorazione.');
    if (!(await this.isMember(viewer, space, loaders))) throw viewer ? AppError.forbidden('Solo i membri dello spazio vedono i modelli in lavorazione.') : AppError.unauthenticated();
    return this.db.getRepository(ModelEntity).find({ where: { spaceId }, order: { createdAt: 'DESC' } });
  }

  async get(viewer: UserEntity | null, id: string, loaders: SpaceLoaders): Promise<ModelEntity | null> {
    const model = UUID.test(id) ? await this.db.getRepository(ModelEntity).findOneBy({ id }) : null;
    if (!model) return null;
    const space = await this.requireSpace(model.spaceId, loaders);
    if (!(await this.isMember(viewer, space, loaders))) throw viewer ? AppError.forbidden('Solo i membri dello spazio vedono i modelli in lavorazione.') : AppError.unauthenticated();
    return model;
  }

  async create(viewer: UserEntity, spaceId: string, title: string, loaders: SpaceLoaders): Promise<ModelEntity> {
    const space = await this.requireSpace(spaceId, loaders);
    await assertMay(viewer, 'modelVersion.consolidate', space, loaders, 'Solo chi coordina lo spazio avvia un modello.');
    const events: ActivityEvent[] = [];
    const model = await this.db.transaction(async (m) => {
      const document = await m.save(m.create(DocumentEntity, { spaceId, kind: 'MODEL', title: title.trim(), createdById: viewer.id }));
      const created = await m.save(m.create(ModelEntity, { spaceId, title: title.trim(), documentId: document.id, createdById: viewer.id }));
      events.push(await this.activity.record(m, spaceId, viewer, 'model.created', { type: 'model', id: created.id }, { name: created.title }));
      return created;
    });
    await this.after(events);
    return model;
  }

  versions(modelId: string): Promise<ModelVersionEntity[]> {
    return this.db.getRepository(ModelVersionEntity).find({ where: { modelId }, order: { number: 'DESC' } });
  }

  /** Freezes the working draft into version n (coordinators); refused when nothing changed. */
  async consolidate(viewer: UserEntity, modelId: string, changelog: string, loaders: SpaceLoaders): Promise<ModelVersionEntity> {
    const model = await this.requireModel(viewer, modelId, loaders);
    const space = await this.requireSpace(model.spaceId, loaders);
    await assertMay(viewer, 'modelVersion.consolidate', space, loaders, 'Solo chi coordina lo spazio consolida le versioni.');
    await this.gateway.server.flushDocument(model.documentId);
    const events: ActivityEvent[] = [];
    const version = await this.db.transaction(async (m) => {
      const locked = await m.findOneOrFail(ModelEntity, { where: { id: modelId }, lock: { mode: 'pessimistic_write' } });
      const next = nextModelStatus(locked.status, { type: 'consolidate' });
      if (!next.ok) throw AppError.badInput(next.reason);
      const previous = await m.findOne(ModelVersionEntity, { where: { modelId }, order: { number: 'DESC' } });
      const { doc, lastUpdateId } = await loadDocumentState(m, model.documentId);
      const blocks = documentBlocks(doc);
      const html = renderHtml(blocks);
      const state = Buffer.from(Y.encodeStateAsUpdate(doc));
      doc.destroy();
      const sha = sha256Hex(html);
      if (blocks.length === 0) throw AppError.badInput('La bozza è vuota: scrivi il modello prima di consolidarlo.');
      if (previous && previous.contentSha256 === sha) throw AppError.badInput(`Nulla è cambiato dalla versione ${previous.number}: non c’è una nuova versione da consolidare.`);
      const contributors = await m.query<{ author_id: string }[]>(
        'SELECT DISTINCT author_id FROM yjs_update WHERE document_id = $1 AND id > $2 AND id <= $3 AND author_id IS NOT NULL',
        [model.documentId, previous?.upToUpdateId ?? '0', lastUpdateId],
      );
      const saved = await m.save(m.create(ModelVersionEntity, {
        modelId, number: (previous?.number ?? 0) + 1, changelog: changelog.trim(), html, blocks, state, contentSha256: sha,
        contributorIds: contributors.map((c) => c.author_id), upToUpdateId: lastUpdateId, createdById: viewer.id,
      }));
      await m.update(ModelEntity, { id: modelId }, { status: next.to });
      events.push(await this.activity.record(m, space.id, viewer, 'model.consolidated', { type: 'model_version', id: saved.id }, { name: model.title, number: saved.number }));
      return saved;
    });
    await this.after(events);
    return version;
  }

  /** Opens a review of the latest version, addressed to the space's reviewers. */
  async submit(viewer: UserEntity, versionId: string, dueDate: string, loaders: SpaceLoaders): Promise<ModelReviewEntity> {
    const { model, space } = await this.requireVersion(viewer, versionId, loaders);
    await assertMay(viewer, 'modelVersion.submitForReview', space, loaders, 'Solo chi coordina lo spazio invia le versioni in revisione.');
    const due = dueDateProblem(dueDate, new Date());
    if (due) throw AppError.badInput(due, [{ field: 'dueDate', message: due }]);
    const events: ActivityEvent[] = [];
    const review = await this.db.transaction(async (m) => {
      const locked = await m.findOneOrFail(ModelEntity, { where: { id: model.id }, lock: { mode: 'pessimistic_write' } });
      const fresh = await m.findOneByOrFail(ModelVersionEntity, { id: versionId });
      const latest = await m.findOne(ModelVersionEntity, { where: { modelId: model.id }, order: { number: 'DESC' } });
      if (latest!.id !== fresh.id) throw AppError.badInput(`Si invia in revisione l’ultima versione (la ${latest!.number}).`);
      const modelNext = locked.status === 'CHANGES_REQUESTED' || locked.status === 'APPROVED' ? { ok: true as const, to: 'IN_REVIEW' as ModelStatus } : nextModelStatus(locked.status, { type: 'submit' });
      if (!modelNext.ok) throw AppError.badInput(modelNext.reason);
      const versionNext = nextVersionStatus(fresh.status, { type: 'submit' });
      if (!versionNext.ok) throw AppError.badInput(versionNext.reason);
      const reviewers = await this.reviewers(m, space.id);
      if (reviewers.length === 0) throw AppError.badInput('Lo spazio non ha revisori: invita i componenti del Collegio come revisori.');
      await m.update(ModelVersionEntity, { id: versionId }, { status: versionNext.to, statusChangedAt: new Date() });
      await m.update(ModelEntity, { id: model.id }, { status: modelNext.to });
      const opened = await m.save(m.create(ModelReviewEntity, { versionId, dueDate, rule: space.reviewRule, openedById: viewer.id }));
      events.push(await this.activity.record(m, space.id, viewer, 'model.submitted', { type: 'model_review', id: opened.id }, { name: model.title, number: fresh.number, due: dueDate }));
      for (const reviewer of reviewers) {
        await this.tell(m, reviewer.user, space.id, `Versione ${fresh.number} di «${model.title}» da esaminare`,
          `${viewer.displayName} chiede il parere dei revisori entro il ${dueDate}.`, `/modelli/${model.id}`);
      }
      return opened;
    });
    await this.after(events);
    return review;
  }

  /** Takes a version back from review, while no reviewer has answered. */
  async withdraw(viewer: UserEntity, versionId: string, loaders: SpaceLoaders): Promise<ModelVersionEntity> {
    const { model, space } = await this.requireVersion(viewer, versionId, loaders);
    await assertMay(viewer, 'modelVersion.submitForReview', space, loaders, 'Solo chi coordina lo spazio ritira le versioni dalla revisione.');
    const events: ActivityEvent[] = [];
    await this.db.transaction(async (m) => {
      const locked = await m.findOneOrFail(ModelEntity, { where: { id: model.id }, lock: { mode: 'pessimistic_write' } });
      const version = await m.findOneByOrFail(ModelVersionEntity, { id: versionId });
      const review = await m.findOne(ModelReviewEntity, { where: { versionId, closedAt: IsNull(), withdrawnAt: IsNull() } });
      const decisionsGiven = review ? await m.countBy(ReviewDecisionEntity, { reviewId: review.id }) : 0;
      const modelNext = nextModelStatus(locked.status, { type: 'withdraw', decisionsGiven });
      const versionNext = nextVersionStatus(version.status, { type: 'withdraw', decisionsGiven });
      if (!review || !modelNext.ok || !versionNext.ok) throw AppError.badInput(!modelNext.ok ? modelNext.reason : !versionNext.ok ? versionNext.reason : 'La versione non è in revisione.');
      await m.update(ModelReviewEntity, { id: review.id }, { withdrawnAt: new Date() });
      await m.update(ModelVersionEntity, { id: versionId }, { status: versionNext.to, statusChangedAt: new Date() });
      await m.update(ModelEntity, { id: model.id }, { status: modelNext.to });
      events.push(await this.activity.record(m, space.id, viewer, 'model.withdrawn', { type: 'model_review', id: review.id }, { name: model.title, number: version.number }));
    });
    await this.after(events);
    return this.db.getRepository(ModelVersionEntity).findOneByOrFail({ id: versionId });
  }

  /**
   * A reviewer's decision. Only the space's reviewers, only on an open review; a second decision
   * replaces the first until the review closes (both are in the audit trail). After each decision
   * the space's rule may close the review: approval publishes the version.
   */
  async decide(viewer: UserEntity, reviewId: string, decision: ReviewDecision, motivation: string, loaders: SpaceLoaders): Promise<ModelReviewEntity> {
    const { version, model, space } = await this.requireReview(viewer, reviewId, loaders);
    await assertMay(viewer, 'modelVersion.review', space, loaders, 'Solo i revisori dello spazio (il Collegio) esprimono il parere.');
    const why = motivation.trim();
    if (why.length < 3) throw AppError.badInput('Motiva il parere (almeno 3 caratteri)', [{ field: 'motivation', message: 'Motivazione mancante' }]);
    const events: ActivityEvent[] = [];
    await this.db.transaction(async (m) => {
      const locked = await m.findOneOrFail(ModelEntity, { where: { id: model.id }, lock: { mode: 'pessimistic_write' } });
      const open = await m.findOneByOrFail(ModelReviewEntity, { id: reviewId });
      if (open.withdrawnAt) throw AppError.badInput('La versione è stata ritirata dalla revisione: il parere non è più richiesto.');
      if (open.closedAt) throw AppError.badInput('La revisione è chiusa: il parere non si può più cambiare.');
      const previous = await m.findOneBy(ReviewDecisionEntity, { reviewId, reviewerId: viewer.id });
      await m.upsert(ReviewDecisionEntity, { reviewId, reviewerId: viewer.id, decision, motivation: why, decidedAt: new Date() }, ['reviewId', 'reviewerId']);
      events.push(await this.activity.record(m, space.id, viewer, previous ? 'model.reviewDecisionChanged' : 'model.reviewDecided', { type: 'model_review', id: reviewId }, {
        name: model.title, number: version.number, decision, ...(previous ? { from: previous.decision, to: decision } : {}),
      }));
      const editors = (await m.find(SpaceMemberEntity, { where: { spaceId: space.id, role: In(['COORDINATOR', 'MEMBER']) }, relations: { user: true } }));
      for (const editor of editors) {
        await this.tell(m, editor.user, space.id, `Parere su «${model.title}» v${version.number}: ${DECISION_LABEL[decision]}`, `${viewer.displayName}: ${why}`, `/modelli/${model.id}`);
      }
      // Does the space's rule close the review now?
      const reviewers = (await this.reviewers(m, space.id)).map((r) => r.userId);
      const decisions = new Map((await m.findBy(ReviewDecisionEntity, { reviewId })).map((d) => [d.reviewerId, d.decision as ReviewDecision]));
      const result = reviewOutcome(open.rule as ReviewRule, reviewers, decisions);
      if (!result.closed) return;
      const modelNext = nextModelStatus(locked.status, { type: 'reviewClosed', outcome: result.outcome });
      const current = await m.findOneByOrFail(ModelVersionEntity, { id: version.id });
      const versionNext = nextVersionStatus(current.status, { type: 'reviewClosed', outcome: result.outcome });
      if (!modelNext.ok || !versionNext.ok) throw new Error(`review ${reviewId} closed from an inconsistent state`);
      const now = new Date();
      await m.update(ModelReviewEntity, { id: reviewId }, { closedAt: now, outcome: result.outcome });
      await m.update(ModelVersionEntity, { id: version.id }, { status: versionNext.to, statusChangedAt: now });
      if (result.outcome === 'APPROVED') {
        if (locked.approvedVersionId) await m.update(ModelVersionEntity, { id: locked.approvedVersionId }, { status: 'SUPERSEDED', statusChangedAt: now });
        await m.update(ModelEntity, { id: model.id }, { status: modelNext.to, approvedVersionId: version.id });
      } else {
        await m.update(ModelEntity, { id: model.id }, { status: modelNext.to });
      }
      events.push(await this.activity.record(m, space.id, viewer, 'model.reviewClosed', { type: 'model_review', id: reviewId }, {
        name: model.title, number: version.number, outcome: result.outcome,
      }));
      const members = await m.find(SpaceMemberEntity, { where: { spaceId: space.id }, relations: { user: true } });
      for (const member of members) {
        await this.tell(m, member.user, space.id, `La versione ${version.number} di «${model.title}» è ${OUTCOME_LABEL[result.outcome]}`,
          `Esito della revisione secondo la regola dello spazio.`, `/modelli/${model.id}`);
      }
    });
    await this.after(events);
    return this.db.getRepository(ModelReviewEntity).findOneByOrFail({ id: reviewId });
  }

  async comment(viewer: UserEntity, reviewId: string, body: string, passage: string | null, loaders: SpaceLoaders): Promise<ReviewCommentEntity> {
    const { review, model, version, space } = await this.requireReview(viewer, reviewId, loaders);
    await assertMay(viewer, 'modelVersion.review', space, loaders, 'Solo i revisori dello spazio commentano in revisione.');
    if (review.withdrawnAt || review.closedAt) throw AppError.badInput('La revisione non è aperta.');
    const quoted = passage?.trim() || null;
    if (quoted && !blocksText(version.blocks as Block[]).replace(/\s+/g, ' ').includes(quoted.replace(/\s+/g, ' '))) throw AppError.badInput('Il passaggio citato non è nel testo della versione.', [{ field: 'passage', message: 'Passaggio non trovato' }]);
    const events: ActivityEvent[] = [];
    const saved = await this.db.transaction(async (m) => {
      const row = await m.save(m.create(ReviewCommentEntity, { reviewId, authorId: viewer.id, passage: quoted, body: body.trim() }));
      events.push(await this.activity.record(m, space.id, viewer, 'model.reviewCommented', { type: 'model_review', id: reviewId }, { name: model.title, number: version.number }));
      return row;
    });
    await this.after(events);
    return saved;
  }

  /** A day before the due date, reviewers who have not answered get a reminder (once). */
  async sendDueReminders(now: Date): Promise<number> {
    const tomorrow = romeDay(new Date(now.getTime() + 86_400_000));
    const due = await this.db.getRepository(ModelReviewEntity).find({
      where: { dueDate: tomorrow, closedAt: IsNull(), withdrawnAt: IsNull(), reminderSentAt: IsNull() }, relations: { version: { model: true } },
    });
    let sent = 0;
    for (const review of due) {
      await this.db.transaction(async (m) => {
        const claimed = await m.update(ModelReviewEntity, { id: review.id, reminderSentAt: IsNull() }, { reminderSentAt: now });
        if (!claimed.affected) return;
        const answered = new Set((await m.findBy(ReviewDecisionEntity, { reviewId: review.id })).map((d) => d.reviewerId));
        for (const reviewer of await this.reviewers(m, review.version.model.spaceId)) {
          if (answered.has(reviewer.userId)) continue;
          await this.tell(m, reviewer.user, review.version.model.spaceId, `Domani scade il parere su «${review.version.model.title}» v${review.version.number}`,
            `La revisione chiede il tuo parere entro il ${review.dueDate}.`, `/modelli/${review.version.model.id}`);
          sent++;
        }
      });
    }
    void this.mail.deliverPending();
    return sent;
  }

  /** Blocks of a version, or of the live working draft. */
  async blocksOf(version: ModelVersionEntity | null, model: ModelEntity): Promise<Block[]> {
    if (version) return version.blocks as Block[];
    await this.gateway.server.flushDocument(model.documentId);
    const { doc } = await loadDocumentState(this.db.manager, model.documentId);
    const blocks = documentBlocks(doc);
    doc.destroy();
    return blocks;
  }

  async diff(viewer: UserEntity | null, fromId: string, toId: string | null, loaders: SpaceLoaders) {
    const from = await this.readableVersion(viewer, fromId, loaders);
    const to = toId ? await this.readableVersion(viewer, toId, loaders) : null;
    if (to && to.version.modelId !== from.version.modelId) throw AppError.badInput('Si confrontano versioni dello stesso modello.');
    if (!to && !(await this.isMember(viewer, from.space, loaders))) throw AppError.forbidden('Solo i membri dello spazio vedono la bozza di lavoro.');
    const [a, b] = await Promise.all([this.blocksOf(from.version, from.model), this.blocksOf(to?.version ?? null, from.model)]);
    return { from, to, changes: diffBlocks(diffUnits(a), diffUnits(b)) };
  }

  /** A version as a reader may see it: members see all; others only approved (published) ones of public spaces. */
  async readableVersion(viewer: UserEntity | null, versionId: string, loaders: SpaceLoaders) {
    const version = UUID.test(versionId) ? await this.db.getRepository(ModelVersionEntity).findOneBy({ id: versionId }) : null;
    if (!version) throw AppError.notFound('Versione del modello');
    const model = await this.db.getRepository(ModelEntity).findOneByOrFail({ id: version.modelId });
    const space = await this.requireSpace(model.spaceId, loaders);
    const member = await this.isMember(viewer, space, loaders);
    const published = PUBLISHED.includes(version.status) && may(await actorIn(viewer, space.id, loaders), 'modelVersion.read', resourceState(space));
    if (!member && !published) {
      if (!viewer) throw AppError.unauthenticated('Questa versione non è pubblica: accedi per leggerla.');
      throw AppError.forbidden('Solo i membri dello spazio leggono le versioni non approvate.');
    }
    return { version, model, space };
  }

  /** Approved versions of public spaces' models (and of the viewer's spaces), newest approval first. */
  async published(viewer: UserEntity | null, spaceId: string | null): Promise<ModelVersionEntity[]> {
    const rows = await this.db.query<{ id: string }[]>(
      `SELECT v.id FROM model_version v JOIN model m ON m.id = v.model_id JOIN space s ON s.id = m.space_id
        WHERE v.status IN ('APPROVED', 'SUPERSEDED') AND ($2::text IS NULL OR m.space_id = $2)
          AND (s.visibility = 'PUBLIC' OR EXISTS (SELECT 1 FROM space_member sm WHERE sm.space_id = s.id AND sm.user_id = $1::uuid))
        ORDER BY v.status_changed_at DESC`,
      [viewer?.id ?? null, spaceId],
    );
    if (rows.length === 0) return [];
    const versions = await this.db.getRepository(ModelVersionEntity).findBy({ id: In(rows.map((r) => r.id)) });
    return rows.map((r) => versions.find((v) => v.id === r.id)!);
  }

  async setReviewRule(viewer: UserEntity, spaceId: string, rule: ReviewRule, loaders: SpaceLoaders): Promise<SpaceEntity> {
    const space = await this.requireSpace(spaceId, loaders);
    await assertMay(viewer, 'space.update', space, loaders, 'Solo chi coordina lo spazio sceglie la regola di revisione.');
    const events: ActivityEvent[] = [];
    await this.db.transaction(async (m) => {
      await m.query('UPDATE space SET review_rule = $2 WHERE id = $1', [spaceId, rule]);
      events.push(await this.activity.record(m, spaceId, viewer, 'space.reviewRuleChanged', { type: 'space', id: spaceId }, { from: space.reviewRule, to: rule }));
    });
    await this.after(events);
    loaders.space.clear(spaceId);
    return (await loaders.space.load(spaceId))!;
  }

  reviewsOf(versionId: string): Promise<ModelReviewEntity[]> {
    return this.db.getRepository(ModelReviewEntity).find({ where: { versionId }, order: { openedAt: 'DESC' } });
  }

  decisionsOf(reviewId: string): Promise<ReviewDecisionEntity[]> {
    return this.db.getRepository(ReviewDecisionEntity).find({ where: { reviewId }, order: { decidedAt: 'ASC' } });
  }

  commentsOf(reviewId: string): Promise<ReviewCommentEntity[]> {
    return this.db.getRepository(ReviewCommentEntity).find({ where: { reviewId }, order: { createdAt: 'ASC' } });
  }

  /** The current reviewers of the space a version's model belongs to. */
  async versionSpaceReviewers(versionId: string): Promise<SpaceMemberEntity[]> {
    const [row] = await this.db.query<{ space_id: string }[]>('SELECT m.space_id FROM model_version v JOIN model m ON m.id = v.model_id WHERE v.id = $1', [versionId]);
    return row ? this.reviewers(this.db.manager, row.space_id) : [];
  }

  async mayDo(viewer: UserEntity | null, action: SpaceAction, spaceId: string, loaders: SpaceLoaders): Promise<boolean> {
    return viewerMay(viewer, action, await this.requireSpace(spaceId, loaders), loaders);
  }

  private reviewers(m: EntityManager, spaceId: string): Promise<SpaceMemberEntity[]> {
    return m.find(SpaceMemberEntity, { where: { spaceId, role: 'REVIEWER' }, relations: { user: true }, order: { joinedAt: 'ASC' } });
  }

  private async isMember(viewer: UserEntity | null, space: SpaceEntity, loaders: SpaceLoaders): Promise<boolean> {
    const actor = await actorIn(viewer, space.id, loaders);
    return actor.platformRole === 'ADMIN' || actor.spaceRole !== null;
  }

  private async tell(m: EntityManager, user: UserEntity, spaceId: string, title: string, body: string, link: string): Promise<void> {
    if (user.disabledAt) return;
    await this.notifications.notify(m, { userId: user.id, spaceId, title, body, link });
    await this.mail.enqueue(m, { to: user.email, subject: `[Condivisa] ${title}`, text: `${body}\n\nApri: ${link}` });
  }

  private async after(events: ActivityEvent[]): Promise<void> {
    await this.activity.publish(events);
    void this.mail.deliverPending();
  }

  private async requireSpace(spaceId: string, loaders: SpaceLoaders): Promise<SpaceEntity> {
    const space = await loaders.space.load(spaceId);
    if (!space) throw AppError.notFound('Spazio');
    return space;
  }

  private async requireModel(viewer: UserEntity | null, id: string, loaders: SpaceLoaders): Promise<ModelEntity> {
    const model = await this.get(viewer, id, loaders);
    if (!model) throw AppError.notFound('Modello');
    return model;
  }

  private async requireVersion(viewer: UserEntity, versionId: string, loaders: SpaceLoaders) {
    const version = UUID.test(versionId) ? await this.db.getRepository(ModelVersionEntity).findOneBy({ id: versionId }) : null;
    if (!version) throw AppError.notFound('Versione del modello');
    const model = await this.requireModel(viewer, version.modelId, loaders);
    return { version, model, space: await this.requireSpace(model.spaceId, loaders) };
  }

  private async requireReview(viewer: UserEntity, reviewId: string, loaders: SpaceLoaders) {
    const review = UUID.test(reviewId) ? await this.db.getRepository(ModelReviewEntity).findOneBy({ id: reviewId }) : null;
    if (!review) throw AppError.notFound('Revisione');
    return { review, ...(await this.requireVersion(viewer, review.versionId, loaders)) };
  }
}
