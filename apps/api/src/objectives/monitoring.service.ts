import {
  ActionEvidenceEntity, IndicatorEntity, IndicatorTargetEntity, IndicatorValueEntity, ObjectiveActionEntity, ObjectiveEntity, type UserEntity,
} from '@condivisa/db';
import {
  type ActionStatus, actionStatusProblem, AppError, type Direction, type IndicatorUnit, isCalendarDay, may, parseSemester, PLAN_YEARS,
  progressTowardTarget, semesterDays, semesterProblem, valueProblem,
} from '@condivisa/domain';
import { bergamoPlanTemplates } from '@condivisa/seed-data';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { ActivityEvent } from '../spaces/activity-event.model';
import { ActivityService } from '../spaces/activity.service';
import { actorIn, assertMay, resourceState } from '../spaces/space-access';
import type { SpaceLoaders } from '../spaces/space-loaders';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOOL_SPACE = 'tavolo-sviluppo-welfare-locale';

export type ComputedKind = NonNullable<IndicatorEntity['computed']>;

export interface IndicatorInput {
  name: string;
  unit: IndicatorUnit;
  direction: Direction;
  baselineValue?: number | null;
  baselineDate?: string | null;
  dataSource?: string | null;
  computed?: ComputedKind | null;
  isPublic?: boolean | null;
  targets: { year: number; value: number }[];
}

export interface IndicatorReading {
  indicator: IndicatorEntity;
  targets: IndicatorTargetEntity[];
  /** Every entered value, oldest first (corrections included). */
  history: IndicatorValueEntity[];
  /** The value that counts per semester: the latest entered, or the computed one. */
  bySemester: { semester: string; value: number | null }[];
}

/**
 * Monitoring of the provincial plan: action statuses with evidence, indicators with baseline,
 * yearly targets and half-year values (entered, or computed from the platform's own records),
 * semester reports, and the Piano di Zona path as a template a space can start.
 */
@Injectable()
export class MonitoringService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly activity: ActivityService,
  ) {}

  /** Whether the viewer coordinates one of the spaces serving the objective (or is an admin). */
  async mayMonitorObjective(viewer: UserEntity | null, objectiveId: string): Promise<boolean> {
    if (!viewer || viewer.disabledAt) return false;
    const [row] = await this.db.query<{ coordinates: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM space_objective so JOIN space_member sm ON sm.space_id = so.space_id JOIN space s ON s.id = so.space_id
                       WHERE so.objective_id = $1 AND sm.user_id = $2 AND sm.role = 'COORDINATOR' AND s.archived_at IS NULL) AS coordinates`,
      [objectiveId, viewer.id],
    );
    return may({ platformRole: viewer.platformRole, spaceRole: row?.coordinates ? 'COORDINATOR' : null }, 'objective.monitor');
  }

  private async assertMonitor(viewer: UserEntity, target: { objectiveId: string | null; spaceId: string | null }, loaders: SpaceLoaders): Promise<void> {
    if (target.objectiveId) {
      if (await this.mayMonitorObjective(viewer, target.objectiveId)) return;
      throw AppError.forbidden('Solo chi coordina uno spazio di questo obiettivo aggiorna il monitoraggio.');
    }
    const space = await loaders.space.load(target.spaceId!);
    if (!space) throw AppError.notFound('Spazio');
    await assertMay(viewer, 'objective.monitor', space, loaders, 'Solo chi coordina lo spazio aggiorna il percorso.');
  }

  async actions(filter: { objectiveId?: string | null; spaceId?: string | null; year?: number | null; status?: ActionStatus | null }): Promise<ObjectiveActionEntity[]> {
    const qb = this.db.getRepository(ObjectiveActionEntity).createQueryBuilder('a').orderBy('a.objective_id').addOrderBy('a.position');
    if (filter.objectiveId) qb.andWhere('a.objective_id = :o', { o: filter.objectiveId });
    if (filter.spaceId) qb.andWhere('a.space_id = :s', { s: filter.spaceId });
    if (filter.status) qb.andWhere('a.status = :st', { st: filter.status });
    if (filter.year) qb.andWhere('(a.year = :y OR :y = ANY(a.years) OR (a.year IS NULL AND a.years = \'{}\'))', { y: filter.year });
    return qb.getMany();
  }

  async updateActionStatus(viewer: UserEntity, actionId: string, input: { status: ActionStatus; justification?: string | null; ownerBody?: string | null }, loaders: SpaceLoaders): Promise<ObjectiveActionEntity> {
    const action = await this.requireAction(actionId);
    await this.assertMonitor(viewer, action, loaders);
    const problem = actionStatusProblem(input.status, input.justification);
    if (problem) throw AppError.badInput(problem, [{ field: 'justification', message: problem }]);
    const events: ActivityEvent[] = [];
    await this.db.transaction(async (m) => {
      await m.update(ObjectiveActionEntity, { id: actionId }, {
        status: input.status, statusJustification: input.justification?.trim() || null, statusChangedAt: new Date(), statusChangedById: viewer.id,
        ...(input.ownerBody !== undefined ? { ownerBody: input.ownerBody?.trim() || null } : {}),
      });
      const spaceId = action.spaceId ?? (await this.firstSpaceOf(m, action.objectiveId!));
      if (spaceId) {
        events.push(await this.activity.record(m, spaceId, viewer, 'action.statusChanged', { type: 'objective_action', id: actionId }, {
          name: action.text.slice(0, 80), from: action.status, to: input.status,
        }));
      }
    });
    await this.activity.publish(events);
    return this.requireAction(actionId);
  }

  evidenceOf(actionIds: readonly string[]): Promise<ActionEvidenceEntity[]> {
    return actionIds.length ? this.db.getRepository(ActionEvidenceEntity).find({ where: { actionId: In([...actionIds]) }, order: { addedAt: 'ASC' } }) : Promise.resolve([]);
  }

  /** Links published minutes, an approved model version, a document of the spaces, or a web page as evidence. */
  async addEvidence(viewer: UserEntity, actionId: string, input: { kind: ActionEvidenceEntity['kind']; refId?: string | null; url?: string | null; label?: string | null }, loaders: SpaceLoaders): Promise<ActionEvidenceEntity> {
    const action = await this.requireAction(actionId);
    await this.assertMonitor(viewer, action, loaders);
    let label = input.label?.trim() ?? '';
    let url: string | null = null;
    const refId = input.kind === 'LINK' ? null : input.refId ?? '';
    if (input.kind === 'LINK') {
      if (!input.url || !/^https?:\/\/\S+$/i.test(input.url)) throw AppError.badInput('Il collegamento deve essere un indirizzo http(s)', [{ field: 'url', message: 'Indirizzo non valido' }]);
      url = input.url;
    } else {
      if (!refId || !UUID.test(refId)) throw AppError.badInput('Indica che cosa collegare', [{ field: 'refId', message: 'Riferimento mancante' }]);
      const found = await this.describeRef(input.kind, refId);
      if (!found) throw AppError.badInput(input.kind === 'MINUTES' ? 'Verbale pubblicato non trovato' : input.kind === 'MODEL_VERSION' ? 'Versione approvata non trovata' : 'Documento non trovato', [{ field: 'refId', message: 'Non trovato' }]);
      label ||= found.label;
      url = found.url;
    }
    if (!label) throw AppError.badInput('Dai un titolo al collegamento', [{ field: 'label', message: 'Titolo mancante' }]);
    return this.db.getRepository(ActionEvidenceEntity).save({ actionId, kind: input.kind, refId, url, label: label.slice(0, 300), addedById: viewer.id });
  }

  private async describeRef(kind: ActionEvidenceEntity['kind'], id: string): Promise<{ label: string; url: string } | null> {
    if (kind === 'MINUTES') {
      const [p] = await this.db.query<{ title: string; number: number }[]>('SELECT title, number FROM minutes_publication WHERE id = $1', [id]);
      return p ? { label: `Verbale – ${p.title}${p.number > 1 ? ` (rettifica ${p.number - 1})` : ''}`, url: `/verbali/${id}` } : null;
    }
    if (kind === 'MODEL_VERSION') {
      const [v] = await this.db.query<{ title: string; number: number }[]>(
        "SELECT m.title, v.number FROM model_version v JOIN model m ON m.id = v.model_id WHERE v.id = $1 AND v.status IN ('APPROVED', 'SUPERSEDED')", [id]);
      return v ? { label: `${v.title} – versione ${v.number} (approvata)`, url: `/modelli-approvati/${id}` } : null;
    }
    const [d] = await this.db.query<{ title: string }[]>('SELECT title FROM document WHERE id = $1', [id]);
    return d ? { label: d.title, url: `/documenti/${id}` } : null;
  }

  async defineIndicator(viewer: UserEntity, target: { objectiveId: string | null; spaceId: string | null }, input: IndicatorInput, loaders: SpaceLoaders): Promise<IndicatorEntity> {
    if (target.objectiveId && !(await this.db.getRepository(ObjectiveEntity).existsBy({ id: target.objectiveId }))) throw AppError.notFound('Obiettivo');
    await this.assertMonitor(viewer, target, loaders);
    const problems = this.indicatorProblems(input);
    if (problems.length) throw AppError.badInput(problems[0]!.message, problems);
    return this.db.transaction(async (m) => this.insertIndicator(m, viewer, target, input));
  }

  private indicatorProblems(input: IndicatorInput): { field: string; message: string }[] {
    const problems: { field: string; message: string }[] = [];
    if (input.baselineValue !== null && input.baselineValue !== undefined) {
      const p = valueProblem(input.unit, input.baselineValue);
      if (p) problems.push({ field: 'baselineValue', message: `Valore di partenza: ${p.toLowerCase()}` });
    }
    if (input.baselineDate && !isCalendarDay(input.baselineDate)) problems.push({ field: 'baselineDate', message: 'Data del valore di partenza non valida (AAAA-MM-GG)' });
    const years = new Set<number>();
    input.targets.forEach((t, i) => {
      if (!(PLAN_YEARS as readonly number[]).includes(t.year)) problems.push({ field: `targets.${i}.year`, message: `Gli obiettivi annuali sono per il 2025, il 2026 o il 2027, non per il ${t.year}` });
      if (years.has(t.year)) problems.push({ field: `targets.${i}.year`, message: `Anno ${t.year} indicato due volte` });
      years.add(t.year);
      const p = valueProblem(input.unit, t.value);
      if (p) problems.push({ field: `targets.${i}.value`, message: `Obiettivo ${t.year}: ${p.toLowerCase()}` });
    });
    return problems;
  }

  private async insertIndicator(m: EntityManager, viewer: UserEntity, target: { objectiveId: string | null; spaceId: string | null }, input: IndicatorInput): Promise<IndicatorEntity> {
    const saved = await m.save(m.create(IndicatorEntity, {
      objectiveId: target.objectiveId, spaceId: target.spaceId, name: input.name.trim(), unit: input.unit, direction: input.direction,
      baselineValue: input.baselineValue ?? null, baselineDate: input.baselineDate ?? null, dataSource: input.dataSource?.trim() ?? '',
      computed: input.computed ?? null, isPublic: input.isPublic ?? true, createdById: viewer.id,
    }));
    if (input.targets.length) await m.insert(IndicatorTargetEntity, input.targets.map((t) => ({ indicatorId: saved.id, year: t.year, value: t.value })));
    return saved;
  }

  /** A half-year value; a second one for the same semester is a correction (the first stays in the history). */
  async recordValue(viewer: UserEntity, indicatorId: string, semester: string, value: number, note: string, loaders: SpaceLoaders): Promise<IndicatorReading> {
    const indicator = UUID.test(indicatorId) ? await this.db.getRepository(IndicatorEntity).findOneBy({ id: indicatorId }) : null;
    if (!indicator) throw AppError.notFound('Indicatore');
    await this.assertMonitor(viewer, indicator, loaders);
    const sp = semesterProblem(semester);
    if (sp) throw AppError.badInput(sp, [{ field: 'semester', message: sp }]);
    if (indicator.computed) throw AppError.badInput('Questo indicatore è calcolato dalla piattaforma: non si inseriscono valori a mano.');
    const vp = valueProblem(indicator.unit, value);
    if (vp) throw AppError.badInput(vp, [{ field: 'value', message: vp }]);
    await this.db.getRepository(IndicatorValueEntity).insert({ indicatorId, semester, value, note: note.trim(), enteredById: viewer.id });
    return (await this.readings([indicator]))[0]!;
  }

  async indicatorsOf(target: { objectiveId?: string | null; spaceId?: string | null }, viewer: UserEntity | null): Promise<IndicatorReading[]> {
    const where = target.objectiveId ? { objectiveId: target.objectiveId } : { spaceId: target.spaceId! };
    const rows = await this.db.getRepository(IndicatorEntity).find({ where, order: { createdAt: 'ASC' } });
    const monitor = target.objectiveId ? await this.mayMonitorObjective(viewer, target.objectiveId) : !!viewer;
    return this.readings(rows.filter((r) => r.isPublic || monitor));
  }

  async readings(indicators: IndicatorEntity[]): Promise<IndicatorReading[]> {
    if (indicators.length === 0) return [];
    const ids = indicators.map((i) => i.id);
    const [targets, values] = await Promise.all([
      this.db.getRepository(IndicatorTargetEntity).find({ where: { indicatorId: In(ids) }, order: { year: 'ASC' } }),
      this.db.getRepository(IndicatorValueEntity).find({ where: { indicatorId: In(ids) }, order: { enteredAt: 'ASC' } }),
    ]);
    const semesters = ['2025-H1', '2025-H2', '2026-H1', '2026-H2', '2027-H1', '2027-H2'];
    return Promise.all(indicators.map(async (indicator) => {
      const history = values.filter((v) => v.indicatorId === indicator.id);
      const bySemester = await Promise.all(semesters.map(async (semester) => ({
        semester,
        value: indicator.computed ? await this.computedValue(indicator, semester) : (history.filter((v) => v.semester === semester).at(-1)?.value ?? null),
      })));
      return { indicator, targets: targets.filter((t) => t.indicatorId === indicator.id), history, bySemester };
    }));
  }

  /**
   * Counted from the platform's own records over the spaces serving the objective (or the
   * indicator's space), cumulatively up to the end of the semester; null for a semester not begun.
   */
  async computedValue(indicator: IndicatorEntity, semester: string): Promise<number | null> {
    const { from, to } = semesterDays(semester);
    if (from > new Date().toISOString().slice(0, 10)) return null;
    const spaces = indicator.spaceId
      ? [indicator.spaceId]
      : (await this.db.query<{ space_id: string }[]>('SELECT space_id FROM space_objective WHERE objective_id = $1', [indicator.objectiveId])).map((r) => r.space_id);
    const until = `${to} 23:59:59.999 Europe/Rome`;
    const sql: Record<ComputedKind, string> = {
      MEETINGS_HELD: `SELECT count(*)::int AS n FROM meeting WHERE space_id = ANY($1) AND cancelled_at IS NULL AND ends_at <= LEAST(now(), $2::timestamptz)`,
      MINUTES_PUBLISHED: `SELECT count(*)::int AS n FROM minutes_publication WHERE space_id = ANY($1) AND supersedes_id IS NULL AND published_at <= $2::timestamptz`,
      MODEL_VERSIONS_APPROVED: `SELECT count(*)::int AS n FROM model_review r JOIN model_version v ON v.id = r.version_id JOIN model m ON m.id = v.model_id
                                 WHERE m.space_id = ANY($1) AND r.outcome = 'APPROVED' AND r.closed_at <= $2::timestamptz`,
      EXPERIENCES_RECORDED: `SELECT count(*)::int AS n FROM instrument_experience WHERE space_id = ANY($1) AND created_at <= $2::timestamptz`,
    };
    const [row] = await this.db.query<{ n: number }[]>(sql[indicator.computed!], [spaces, until]);
    return row?.n ?? 0;
  }

  /** The half-year report of an objective: actions by status, indicators against baseline and target, evidence. */
  async semesterReport(objectiveId: string, semester: string, viewer: UserEntity | null) {
    const sp = semesterProblem(semester);
    if (sp) throw AppError.badInput(sp, [{ field: 'semester', message: sp }]);
    const objective = await this.db.getRepository(ObjectiveEntity).findOneBy({ id: objectiveId });
    if (!objective) throw AppError.notFound('Obiettivo');
    const { year } = parseSemester(semester)!;
    const actions = await this.actions({ objectiveId, year });
    const evidence = await this.evidenceOf(actions.map((a) => a.id));
    const readings = await this.indicatorsOf({ objectiveId }, viewer);
    const indicators = readings.map((r) => {
      const target = r.targets.find((t) => t.year === year)?.value ?? null;
      const current = r.bySemester.find((s) => s.semester === semester)?.value ?? null;
      return { ...r, target, current, progress: progressTowardTarget(r.indicator.baselineValue, target, current, r.indicator.direction) };
    });
    const byStatus = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'AT_RISK', 'DROPPED'].map((status) => ({ status, count: actions.filter((a) => a.status === status).length }));
    return { objective, semester, year, actions, evidence, indicators, byStatus };
  }

  /** Starts a path template (e.g. the Piano di Zona) in a space: its phases become actions with due dates, with its indicators. */
  async startTemplate(viewer: UserEntity, spaceId: string, templateId: string, approvalDeadline: string | null, loaders: SpaceLoaders): Promise<ObjectiveActionEntity[]> {
    const template = bergamoPlanTemplates.find((t) => t.id === templateId);
    if (!template) throw AppError.notFound('Modello di percorso');
    const space = await loaders.space.load(spaceId);
    if (!space) throw AppError.notFound('Spazio');
    if (!may(await actorIn(viewer, spaceId, loaders), 'objective.monitor', resourceState(space))) throw AppError.forbidden('Solo chi coordina lo spazio avvia un percorso.');
    const anchor = approvalDeadline ?? `${new Date().getFullYear()}-12-31`;
    if (!isCalendarDay(anchor)) throw AppError.badInput('Scadenza di approvazione non valida (AAAA-MM-GG)', [{ field: 'approvalDeadline', message: 'Data non valida' }]);
    const events: ActivityEvent[] = [];
    await this.db.transaction(async (m) => {
      await m.query('SELECT id FROM space WHERE id = $1 FOR UPDATE', [spaceId]);
      if (await m.existsBy(ObjectiveActionEntity, { spaceId, setting: `${template.id}:${template.phases[0]!.key}` })) {
        throw AppError.conflict('Questo percorso è già stato avviato nello spazio.');
      }
      await m.insert(ObjectiveActionEntity, template.phases.map((phase) => ({
        objectiveId: null, spaceId, year: Number(dueDateBefore(anchor, phase.monthsBeforeApproval).slice(0, 4)), years: [], text: phase.name,
        setting: `${template.id}:${phase.key}`, position: phase.order, dueDate: dueDateBefore(anchor, phase.monthsBeforeApproval),
        evidenceRequired: phase.evidenceRequired,
      })));
      for (const indicator of template.indicators) {
        await this.insertIndicator(m, viewer, { objectiveId: null, spaceId }, {
          name: indicator.indicator, unit: indicator.unit, direction: 'HIGHER_IS_BETTER', baselineValue: null, baselineDate: null,
          dataSource: 'Ufficio di Piano', computed: null, isPublic: true, targets: indicator.targetValue === null ? [] : [{ year: Number(anchor.slice(0, 4)) < 2025 ? 2025 : Math.min(Number(anchor.slice(0, 4)), 2027), value: indicator.targetValue }],
        });
      }
      events.push(await this.activity.record(m, spaceId, viewer, 'plan.templateStarted', { type: 'space', id: spaceId }, { name: template.name, deadline: anchor }));
    });
    await this.activity.publish(events);
    return this.actions({ spaceId });
  }

  private async requireAction(id: string): Promise<ObjectiveActionEntity> {
    const action = UUID.test(id) ? await this.db.getRepository(ObjectiveActionEntity).findOneBy({ id }) : null;
    if (!action) throw AppError.notFound('Azione');
    return action;
  }

  private async firstSpaceOf(m: EntityManager, objectiveId: string): Promise<string | null> {
    const [row] = await m.query<{ space_id: string }[]>('SELECT space_id FROM space_objective WHERE objective_id = $1 ORDER BY (space_id = $2) DESC, space_id LIMIT 1', [objectiveId, TOOL_SPACE]);
    return row?.space_id ?? null;
  }
}

/** The last day of the month `months` before the anchor's month (the anchor itself for 0). */
export function dueDateBefore(anchor: string, months: number): string {
  const [y, mo] = anchor.split('-').map(Number) as [number, number];
  const total = y * 12 + (mo - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}
