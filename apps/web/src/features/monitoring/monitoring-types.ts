import type { ObjectiveRef, ObjectiveTrack } from '../objectives/objective-types';

export const ACTION_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'AT_RISK', 'DROPPED'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export function isActionStatus(value: string | null | undefined): value is ActionStatus {
  return ACTION_STATUSES.includes(value as ActionStatus);
}

/** At risk and dropped need a justification the Collegio can read. */
export function needsJustification(status: ActionStatus): boolean {
  return status === 'AT_RISK' || status === 'DROPPED';
}

export const EVIDENCE_KINDS = ['MINUTES', 'MODEL_VERSION', 'DOCUMENT', 'LINK'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export function isEvidenceKind(value: string | null | undefined): value is EvidenceKind {
  return EVIDENCE_KINDS.includes(value as EvidenceKind);
}

export const INDICATOR_UNITS = ['COUNT', 'PERCENT', 'EUR', 'NUMBER'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

export const INDICATOR_DIRECTIONS = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

export const COMPUTED_INDICATORS = ['MEETINGS_HELD', 'MINUTES_PUBLISHED', 'MODEL_VERSIONS_APPROVED', 'EXPERIENCES_RECORDED'] as const;
export type ComputedIndicator = (typeof COMPUTED_INDICATORS)[number];

export interface ActionEvidence {
  id: string;
  kind: EvidenceKind;
  refId: string | null;
  /** Where it can be read: the public act or version, a document, a web page. */
  url: string | null;
  label: string;
  addedAt: string;
}

/** An action of an objective (for a year, or for the triennium), or a phase of a space's path. */
export interface MonitoredAction {
  id: string;
  objectiveId: string | null;
  spaceId: string | null;
  year: number | null;
  years: number[];
  text: string;
  setting: string | null;
  status: ActionStatus;
  statusJustification: string | null;
  ownerBody: string | null;
  statusChangedAt: string | null;
  /** YYYY-MM-DD, for the phases of a path. */
  dueDate: string | null;
  evidenceRequired: string[];
  evidence: ActionEvidence[];
}

export interface IndicatorTarget {
  year: number;
  value: number;
}

export interface IndicatorSemesterValue {
  semester: string;
  value: number | null;
}

export interface IndicatorValueEntry {
  id: string;
  semester: string;
  value: number;
  note: string;
  /** Only for signed-in viewers. */
  enteredByName: string | null;
  enteredAt: string;
  /** The value that counts for its semester (the latest entered). */
  current: boolean;
}

export interface Indicator {
  id: string;
  objectiveId: string | null;
  spaceId: string | null;
  name: string;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  baselineValue: number | null;
  baselineDate: string | null;
  dataSource: string;
  computed: ComputedIndicator | null;
  isPublic: boolean;
  targets: IndicatorTarget[];
  bySemester: IndicatorSemesterValue[];
  history: IndicatorValueEntry[];
}

export interface IndicatorInput {
  name: string;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  baselineValue: number | null;
  baselineDate: string | null;
  dataSource: string | null;
  computed: ComputedIndicator | null;
  isPublic: boolean;
  targets: IndicatorTarget[];
}

/** A published minutes act or an approved model version, offered as evidence. */
export interface EvidenceChoice {
  id: string;
  label: string;
}

export interface MonitoringSpace {
  id: string;
  name: string;
  kind: string;
  archived: boolean;
  myRole: string | null;
}

/** What the objective page needs for monitoring, beside the description from ObjectiveQuery. */
export interface ObjectiveMonitoring {
  id: string;
  canMonitor: boolean;
  tools: string[];
  monitoring: string[];
  evaluation: string[];
  governanceBodies: string[];
  actions: MonitoredAction[];
  indicators: Indicator[];
}

export interface StatusCount {
  status: string;
  count: number;
}

export interface ReportIndicator<I = Indicator> {
  indicator: I;
  /** The target for the semester's year. */
  target: number | null;
  /** The semester's value. */
  current: number | null;
  /** From the baseline toward the target, 0–1. */
  progress: number | null;
}

export interface SemesterReportPublication {
  id: string;
  objectiveId: string;
  semester: string;
  html: string;
  contentSha256: string;
  publishedAt: string;
  publishedByName: string;
}

export interface SemesterReport {
  semester: string;
  year: number;
  objective: ObjectiveRef;
  actionsByStatus: StatusCount[];
  actions: MonitoredAction[];
  indicators: ReportIndicator[];
  evidence: ActionEvidence[];
  /** The live NOTE document with the coordinators' assessment, once started. */
  assessmentDocumentId: string | null;
  /** Once frozen. */
  publication: SemesterReportPublication | null;
}

/** One objective of the provincial summary (a lighter semester report). */
export interface ProvincialObjectiveReport {
  objective: ObjectiveRef;
  actionsByStatus: StatusCount[];
  indicators: ReportIndicator<Pick<Indicator, 'id' | 'name' | 'unit' | 'direction' | 'baselineValue'>>[];
  publication: { id: string; publishedAt: string } | null;
}

export interface ProvincialReport {
  semester: string;
  objectives: ProvincialObjectiveReport[];
}

/** An action as the dashboard counts it. */
export interface GridAction {
  id: string;
  year: number | null;
  years: number[];
  status: ActionStatus;
}

export interface DashboardObjective extends ObjectiveRef {
  track: ObjectiveTrack;
  actions: GridAction[];
}

export interface PlanTemplateInfo {
  id: string;
  name: string;
  anchor: string;
  phases: string[];
}

/** The assessment document: may I write it, has publication frozen it. */
export interface AssessmentDocument {
  id: string;
  title: string;
  archived: boolean;
  frozen: boolean;
  canEdit: boolean;
  space: { id: string; archived: boolean; myRole: string | null };
}
