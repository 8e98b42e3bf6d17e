/*
 * The instrument map as the web app asks for it (see instrument-documents.ts). Enums are the
 * API's keys as string unions; their Italian names come from instrument-labels.ts.
 */

export type InstrumentFamily = 'COLLABORATIVE' | 'COMPETITIVE' | 'GRANT' | 'AGREEMENT' | 'AUTHORIZATION';
export type InstrumentPhase = 'PROGRAMMING' | 'DESIGN' | 'ASSIGNMENT' | 'EXECUTION' | 'EVALUATION';
export type CounterpartKind =
  | 'ODV'
  | 'APS'
  | 'SOCIAL_ENTERPRISE'
  | 'COOP_B'
  | 'OTHER_ETS'
  | 'BUSINESS'
  | 'PUBLIC_BODY'
  | 'CITIZENS'
  | 'PERSON';
export type InstrumentRelationKind = 'PRECEDES' | 'ALTERNATIVE_TO' | 'REQUIRES' | 'SPECIALIZES' | 'EXCLUDES';
export type InstrumentSourceKind = 'LAW' | 'RULING' | 'GUIDELINE' | 'COMMENTARY';
export type RelationDirection = 'OUTGOING' | 'INCOMING';

/** In the order the catalogue and the legends present them. */
export const INSTRUMENT_FAMILIES: readonly InstrumentFamily[] = ['COLLABORATIVE', 'COMPETITIVE', 'GRANT', 'AGREEMENT', 'AUTHORIZATION'];
/** The policy cycle, in order. */
export const INSTRUMENT_PHASES: readonly InstrumentPhase[] = ['PROGRAMMING', 'DESIGN', 'ASSIGNMENT', 'EXECUTION', 'EVALUATION'];
export const COUNTERPART_KINDS: readonly CounterpartKind[] = [
  'ODV',
  'APS',
  'SOCIAL_ENTERPRISE',
  'COOP_B',
  'OTHER_ETS',
  'BUSINESS',
  'PUBLIC_BODY',
  'CITIZENS',
  'PERSON',
];
export const RELATION_KINDS: readonly InstrumentRelationKind[] = ['PRECEDES', 'REQUIRES', 'SPECIALIZES', 'ALTERNATIVE_TO', 'EXCLUDES'];

export interface InstrumentRef {
  id: string;
  name: string;
  family: InstrumentFamily;
}

export interface LegalBasis {
  act: string;
  article: string;
  sourceId: string;
  sourceTitle: string | null;
  url: string | null;
  unverified: boolean;
}

/** A row of the catalogue. */
export interface InstrumentSummary extends InstrumentRef {
  phases: InstrumentPhase[];
  summary: string;
  areas: string[];
  unverified: boolean;
  unverifiedNote: string | null;
  counterpartsUnverified: boolean;
  resourceFlowUnverified: boolean;
  legalBasis: Pick<LegalBasis, 'unverified'>[];
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface InstrumentFacets {
  families: FacetCount[];
  phases: FacetCount[];
  counterpartKinds: FacetCount[];
  areas: FacetCount[];
}

/** What the API filters the catalogue on: values of one facet are alternatives, facets combine. */
export interface InstrumentFilter {
  families?: InstrumentFamily[];
  phases?: InstrumentPhase[];
  counterpartKinds?: CounterpartKind[];
  areas?: string[];
  search?: string;
}

export interface CaseLawDetail {
  ruling: string;
  holding: string;
  sourceId: string;
  url: string | null;
}

export interface InstrumentSource {
  id: string;
  kind: InstrumentSourceKind;
  title: string;
  url: string;
  note: string | null;
  unverified: boolean;
}

/** A relation seen from one instrument. */
export interface InstrumentLink {
  relationId: string;
  direction: RelationDirection;
  kind: InstrumentRelationKind;
  /** In Italian, from this instrument's point of view («è preceduto da»). */
  label: string;
  note: string;
  unverified: boolean;
  other: InstrumentRef;
}

export interface ExperienceLink {
  url: string;
  label: string | null;
}

export interface InstrumentExperience {
  id: string;
  instrumentId: string;
  year: number;
  area: string;
  description: string;
  outcome: string | null;
  partners: string[];
  links: ExperienceLink[];
  ambito: { id: string; name: string } | null;
  space: { id: string; name: string } | null;
  /** Only for signed-in viewers. */
  recordedByName: string | null;
  createdAt: string;
}

/** An experience in the list of all experiences: with its instrument. */
export interface ExperienceWithInstrument extends InstrumentExperience {
  instrument: InstrumentRef;
}

export interface InstrumentComment {
  id: string;
  authorName: string | null;
  body: string;
  createdAt: string;
}

export interface InstrumentRevisionSummary {
  id: string;
  number: number;
  createdAt: string;
  /** Null for the seeded data (revision 1). */
  authorName: string | null;
  reason: string;
  changedFields: string[];
}

export interface InstrumentDetail extends InstrumentSummary {
  legalBasis: LegalBasis[];
  counterparts: string;
  resourceFlow: string;
  whenToUse: string;
  keySteps: string[];
  constraints: string[];
  caseLaw: string[];
  caseLawDetails: CaseLawDetail[];
  regionalNote: string | null;
  note: string | null;
  revision: number;
  updatedAt: string;
  sources: InstrumentSource[];
  relations: InstrumentLink[];
  experiences: InstrumentExperience[];
  comments: InstrumentComment[];
  revisions: InstrumentRevisionSummary[];
}

export interface InstrumentPermissions {
  canEdit: boolean;
  canComment: boolean;
  canRecordExperience: boolean;
}

export type ItemChange = 'ADDED' | 'REMOVED' | 'UNCHANGED';

export interface InstrumentFieldChange {
  field: string;
  label: string;
  list: boolean;
  before: string | null;
  after: string | null;
  items: { change: ItemChange; text: string }[];
}

export interface InstrumentRevisionDiff {
  from: Pick<InstrumentRevisionSummary, 'id' | 'number'>;
  to: Pick<InstrumentRevisionSummary, 'id' | 'number'>;
  changes: InstrumentFieldChange[];
}

export interface InstrumentComparisonRow {
  field: string;
  label: string;
  list: boolean;
  same: boolean;
  /** One list of values per instrument, in the order of the columns. */
  values: string[][];
}

export interface InstrumentComparison {
  instruments: InstrumentRef[];
  rows: InstrumentComparisonRow[];
}

/** An edge of the graph. */
export interface InstrumentRelation {
  id: string;
  fromId: string;
  toId: string;
  kind: InstrumentRelationKind;
  note: string;
  unverified: boolean;
}

export interface InstrumentQuestionOption {
  id: string;
  label: string;
}

export interface InstrumentQuestion {
  id: string;
  text: string;
  help: string;
  options: InstrumentQuestionOption[];
}

export interface InstrumentAnswer {
  questionId: string;
  optionId: string;
}

export interface SuggestionReason {
  questionId: string;
  optionId: string;
  text: string;
}

export interface InstrumentSuggestion {
  status: 'SUGGESTED' | 'EXCLUDED';
  score: number;
  because: SuggestionReason[];
  excludedBecause: SuggestionReason[];
  cautions: string[];
  instrument: InstrumentRef & { summary: string };
}

export interface ExperienceMatrixCell {
  /** Null: provincial or across Ambiti. */
  ambitoId: string | null;
  instrumentId: string;
  count: number;
  years: number[];
}

export interface ExperienceMatrix {
  ambiti: { id: string; name: string }[];
  instruments: InstrumentRef[];
  cells: ExperienceMatrixCell[];
  total: number;
}

/** Only the fields given change; a list given replaces the previous one. */
export interface UpdateInstrumentInput {
  summary?: string;
  whenToUse?: string;
  counterparts?: string;
  resourceFlow?: string;
  keySteps?: string[];
  constraints?: string[];
  family?: InstrumentFamily;
  phases?: InstrumentPhase[];
}

export interface CreateInstrumentRelationInput {
  fromId: string;
  toId: string;
  kind: InstrumentRelationKind;
  note: string;
  unverified?: boolean;
}

export interface RecordInstrumentExperienceInput {
  instrumentId: string;
  ambitoId?: string | null;
  spaceId?: string | null;
  area: string;
  year: number;
  partners?: string[];
  outcome?: string | null;
  description: string;
  links?: { url: string; label?: string | null }[];
}

export function isInstrumentFamily(value: unknown): value is InstrumentFamily {
  return typeof value === 'string' && (INSTRUMENT_FAMILIES as readonly string[]).includes(value);
}

export function isInstrumentPhase(value: unknown): value is InstrumentPhase {
  return typeof value === 'string' && (INSTRUMENT_PHASES as readonly string[]).includes(value);
}

export function isCounterpartKind(value: unknown): value is CounterpartKind {
  return typeof value === 'string' && (COUNTERPART_KINDS as readonly string[]).includes(value);
}

export function isRelationKind(value: unknown): value is InstrumentRelationKind {
  return typeof value === 'string' && (RELATION_KINDS as readonly string[]).includes(value);
}
