import {
  DocumentEntity, ObjectiveEntity, SemesterAssessmentEntity, SemesterReportPublicationEntity, type UserEntity,
} from '@condivisa/db';
import { AppError, SEMESTERS, semesterProblem, UNIT_LABEL } from '@condivisa/domain';
import { type Block, documentBlocks, type ExportDocument, heading, list, paragraph, renderDocx, renderHtml, renderPdf, table, text } from '@condivisa/render';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { CollabGateway } from '../documents/collab-gateway';
import { romeDateTime } from '../documents/document-export';
import { loadDocumentState } from '../documents/document-state';
import { sha256Hex } from '../meetings/minutes-content';
import type { ActivityEvent } from '../spaces/activity-event.model';
import { ActivityService } from '../spaces/activity.service';
import { MonitoringService } from './monitoring.service';

type Report = Awaited<ReturnType<MonitoringService['semesterReport']>>;

const STATUS_LABEL: Record<string, string> = { NOT_STARTED: 'non avviata', IN_PROGRESS: 'in corso', DONE: 'conclusa', AT_RISK: 'a rischio', DROPPED: 'abbandonata' };
const fmt = (v: number | null) => (v === null ? '—' : new Intl.NumberFormat('it-IT', { maximumFractionDigits: 2 }).format(v));

/**
 * Half-yearly reports: the assessment the coordinators write together (a NOTE document), the
 * report frozen as canonical HTML + SHA-256 like published minutes, and its PDF, DOCX and XLSX.
 */
@Injectable()
export class SemesterReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly monitoring: MonitoringService,
    private readonly gateway: CollabGateway,
    private readonly activity: ActivityService,
  ) {}

  assessment(objectiveId: string, semester: string): Promise<SemesterAssessmentEntity | null> {
    return this.db.getRepository(SemesterAssessmentEntity).findOneBy({ objectiveId, semester });
  }

  publication(objectiveId: string, semester: string): Promise<SemesterReportPublicationEntity | null> {
    return this.db.getRepository(SemesterReportPublicationEntity).findOneBy({ objectiveId, semester });
  }

  /** Creates the NOTE document for the assessment, in a space of the objective the viewer coordinates. Once. */
  async startAssessment(viewer: UserEntity, objectiveId: string, semester: string): Promise<SemesterAssessmentEntity> {
    this.assertSemester(semester);
    const objective = await this.requireObjective(objectiveId);
    if (!(await this.monitoring.mayMonitorObjective(viewer, objectiveId))) throw AppError.forbidden('Solo chi coordina uno spazio di questo obiettivo scrive la valutazione.');
    const events: ActivityEvent[] = [];
    const row = await this.db.transaction(async (m) => {
      await m.query('SELECT id FROM objective WHERE id = $1 FOR UPDATE', [objectiveId]);
      const existing = await m.findOneBy(SemesterAssessmentEntity, { objectiveId, semester });
      if (existing) return existing;
      const [space] = await m.query<{ space_id: string }[]>(
        `SELECT so.space_id FROM space_objective so LEFT JOIN space_member sm ON sm.space_id = so.space_id AND sm.user_id = $2 AND sm.role = 'COORDINATOR'
          WHERE so.objective_id = $1 ORDER BY (sm.user_id IS NULL), so.space_id LIMIT 1`, [objectiveId, viewer.id]);
      if (!space) throw AppError.badInput('L’obiettivo non ha spazi in cui scrivere la valutazione.');
      const document = await m.save(m.create(DocumentEntity, {
        spaceId: space.space_id, kind: 'NOTE', title: `Valutazione ${semester} – Obiettivo ${objective.number}: ${objective.title}`, createdById: viewer.id,
      }));
      const saved = await m.save(m.create(SemesterAssessmentEntity, { objectiveId, semester, documentId: document.id, createdById: viewer.id }));
      events.push(await this.activity.record(m, space.space_id, viewer, 'report.assessmentStarted', { type: 'document', id: document.id }, { name: document.title }));
      return saved;
    });
    await this.activity.publish(events);
    return row;
  }

  /** Freezes the report with the assessment: canonical HTML, SHA-256, the assessment document read-only. Once per semester. */
  async publish(viewer: UserEntity, objectiveId: string, semester: string): Promise<SemesterReportPublicationEntity> {
    this.assertSemester(semester);
    await this.requireObjective(objectiveId);
    if (!(await this.monitoring.mayMonitorObjective(viewer, objectiveId))) throw AppError.forbidden('Solo chi coordina uno spazio di questo obiettivo pubblica il rapporto.');
    const assessment = await this.assessment(objectiveId, semester);
    if (assessment) await this.gateway.server.flushDocument(assessment.documentId);
    const report = await this.monitoring.semesterReport(objectiveId, semester, viewer);
    const saved = await this.db.transaction(async (m) => {
      await m.query('SELECT id FROM objective WHERE id = $1 FOR UPDATE', [objectiveId]);
      if (await m.existsBy(SemesterReportPublicationEntity, { objectiveId, semester })) throw AppError.conflict('Il rapporto di questo semestre è già pubblicato.');
      const assessmentBlocks = assessment ? documentBlocks((await loadDocumentState(m, assessment.documentId)).doc) : [];
      if (assessmentBlocks.length === 0) throw AppError.badInput('Scrivi la valutazione del semestre prima di pubblicare il rapporto.');
      const blocks = reportBlocks(report, assessmentBlocks);
      const html = renderHtml(blocks);
      const row = await m.save(m.create(SemesterReportPublicationEntity, { objectiveId, semester, html, blocks, contentSha256: sha256Hex(html), publishedById: viewer.id }));
      await m.update(DocumentEntity, { id: assessment!.documentId }, { frozenAt: new Date() });
      return row;
    });
    if (assessment) await this.gateway.server.recheckDocument(assessment.documentId);
    return saved;
  }

  /** The report as blocks: the frozen one if published, else the live one (with the assessment so far). */
  async blocks(objectiveId: string, semester: string, viewer: UserEntity | null): Promise<{ title: string; blocks: Block[]; publication: SemesterReportPublicationEntity | null }> {
    this.assertSemester(semester);
    const objective = await this.requireObjective(objectiveId);
    const title = `Rapporto ${semester} – Obiettivo ${objective.number}: ${objective.title}`;
    const publication = await this.publication(objectiveId, semester);
    if (publication) return { title, blocks: publication.blocks as Block[], publication };
    const assessment = await this.assessment(objectiveId, semester);
    if (assessment) await this.gateway.server.flushDocument(assessment.documentId);
    const assessmentBlocks = assessment ? documentBlocks((await loadDocumentState(this.db.manager, assessment.documentId)).doc) : [];
    return { title, blocks: reportBlocks(await this.monitoring.semesterReport(objectiveId, semester, viewer), assessmentBlocks), publication: null };
  }

  /** The provincial summary: every objective's report for the semester, in plan order. */
  async provincial(semester: string, viewer: UserEntity | null): Promise<Report[]> {
    this.assertSemester(semester);
    const objectives = await this.db.getRepository(ObjectiveEntity).find({ order: { track: 'ASC', number: 'ASC' } });
    const reports: Report[] = [];
    for (const o of objectives) reports.push(await this.monitoring.semesterReport(o.id, semester, viewer));
    return reports;
  }

  provincialBlocks(reports: Report[]): Block[] {
    const blocks: Block[] = [heading(2, 'Sintesi per obiettivo'), table(
      ['Obiettivo', 'Azioni', 'Concluse', 'In corso', 'A rischio', 'Abbandonate', 'Indicatori con valore'],
      reports.map((r) => {
        const n = (s: string) => String(r.byStatus.find((b) => b.status === s)?.count ?? 0);
        return [`${r.objective.number}. ${r.objective.title}`, String(r.actions.length), n('DONE'), n('IN_PROGRESS'), n('AT_RISK'), n('DROPPED'), `${r.indicators.filter((i) => i.current !== null).length} / ${r.indicators.length}`];
      }),
    )];
    for (const r of reports) blocks.push(...reportBlocks(r, [], 2));
    return blocks;
  }

  async export(format: 'pdf' | 'docx', title: string, subtitle: string, blocks: Block[], publication: SemesterReportPublicationEntity | null): Promise<Buffer> {
    const now = new Date();
    const document: ExportDocument = {
      title, subtitle,
      meta: publication ? [{ label: 'Pubblicato il', value: romeDateTime(publication.publishedAt) }, { label: 'Impronta SHA-256', value: publication.contentSha256 }] : [{ label: 'Stato', value: `in lavorazione (prodotto il ${romeDateTime(now)})` }],
      body: blocks,
      footer: publication ? `SHA-256 ${publication.contentSha256}` : `Condivisa · rapporto non ancora pubblicato · ${romeDateTime(now)}`,
    };
    return format === 'docx' ? renderDocx(document) : renderPdf(document, { date: publication?.publishedAt ?? now });
  }

  /** The indicator table as a spreadsheet: one row per indicator, targets per year and values per semester. */
  async xlsx(reports: Report[]): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Condivisa';
    const sheet = workbook.addWorksheet('Indicatori');
    sheet.columns = [
      { header: 'Obiettivo', key: 'objective', width: 40 }, { header: 'Indicatore', key: 'name', width: 50 }, { header: 'Unità', key: 'unit', width: 10 },
      { header: 'Valore di partenza', key: 'baseline', width: 12 }, { header: 'Data di partenza', key: 'baselineDate', width: 14 },
      ...[2025, 2026, 2027].map((y) => ({ header: `Obiettivo ${y}`, key: `t${y}`, width: 12 })),
      ...SEMESTERS.map((s) => ({ header: s, key: s, width: 10 })),
      { header: 'Fonte', key: 'source', width: 30 }, { header: 'Calcolato dalla piattaforma', key: 'computed', width: 24 },
    ];
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    for (const r of reports) {
      for (const i of r.indicators) {
        sheet.addRow({
          objective: `${r.objective.number}. ${r.objective.title}`, name: i.indicator.name, unit: UNIT_LABEL[i.indicator.unit],
          baseline: i.indicator.baselineValue, baselineDate: i.indicator.baselineDate,
          ...Object.fromEntries([2025, 2026, 2027].map((y) => [`t${y}`, i.targets.find((t) => t.year === y)?.value ?? null])),
          ...Object.fromEntries(i.bySemester.map((s) => [s.semester, s.value])),
          source: i.indicator.dataSource, computed: i.indicator.computed ?? '',
        });
      }
    }
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  private assertSemester(semester: string): void {
    const problem = semesterProblem(semester);
    if (problem) throw AppError.badInput(problem, [{ field: 'semester', message: problem }]);
  }

  private async requireObjective(id: string): Promise<ObjectiveEntity> {
    const objective = await this.db.getRepository(ObjectiveEntity).findOneBy({ id });
    if (!objective) throw AppError.notFound('Obiettivo');
    return objective;
  }
}

/** A semester report as blocks (headings start at `level`). */
export function reportBlocks(r: Report, assessment: Block[], level: 1 | 2 = 1): Block[] {
  const h = (n: number, value: string) => heading(Math.min(6, level + n - 1) as 1, value);
  const blocks: Block[] = [
    h(1, `Obiettivo ${r.objective.number}: ${r.objective.title} – ${r.semester}`),
    h(2, 'Azioni per stato'),
    table(['Stato', 'Azioni'], r.byStatus.map((s) => [STATUS_LABEL[s.status] ?? s.status, String(s.count)])),
    h(2, `Azioni del ${r.year}`),
    r.actions.length
      ? table(['Azione', 'Stato', 'Motivazione', 'Responsabile'], r.actions.map((a) => [a.text, STATUS_LABEL[a.status] ?? a.status, a.statusJustification ?? '', a.ownerBody ?? '']))
      : paragraph('Nessuna azione per questo anno.'),
    h(2, 'Indicatori'),
    r.indicators.length
      ? table(['Indicatore', 'Unità', 'Partenza', `Obiettivo ${r.year}`, `Valore ${r.semester}`, 'Avanzamento'], r.indicators.map((i) => [
          i.indicator.name, UNIT_LABEL[i.indicator.unit], fmt(i.indicator.baselineValue), fmt(i.target), fmt(i.current),
          i.progress === null ? '—' : `${Math.round(i.progress * 100)}%`,
        ]))
      : paragraph('Nessun indicatore definito.'),
    h(2, 'Evidenze'),
    r.evidence.length ? list(r.evidence.map((e) => `${e.label}${e.url ? ` (${e.url})` : ''}`)) : paragraph('Nessuna evidenza collegata.'),
  ];
  if (level === 1) blocks.push(h(2, 'Valutazione'), ...(assessment.length ? assessment : [paragraph(text('Valutazione non ancora scritta.', { italic: true }))]));
  return blocks;
}
