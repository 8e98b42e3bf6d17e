import type { ChoiceProfile } from './choice-profile';

/** The five logics practitioners sort PA–ETS instruments into. Keys equal values: GraphQL exposes the keys. */
export enum InstrumentFamily {
  COLLABORATIVE = 'COLLABORATIVE',
  COMPETITIVE = 'COMPETITIVE',
  GRANT = 'GRANT',
  AGREEMENT = 'AGREEMENT',
  AUTHORIZATION = 'AUTHORIZATION',
}

/** Phases of the policy cycle, in their order. */
export enum InstrumentPhase {
  PROGRAMMING = 'PROGRAMMING',
  DESIGN = 'DESIGN',
  ASSIGNMENT = 'ASSIGNMENT',
  EXECUTION = 'EXECUTION',
  EVALUATION = 'EVALUATION',
}

/** How one instrument stands to another, read "from <kind> to". */
export enum InstrumentRelationKind {
  PRECEDES = 'PRECEDES',
  ALTERNATIVE_TO = 'ALTERNATIVE_TO',
  REQUIRES = 'REQUIRES',
  SPECIALIZES = 'SPECIALIZES',
  EXCLUDES = 'EXCLUDES',
}

/** What kind of text a source is. */
export enum InstrumentSourceKind {
  LAW = 'LAW',
  RULING = 'RULING',
  GUIDELINE = 'GUIDELINE',
  COMMENTARY = 'COMMENTARY',
}

/** Italian names of the families, for pages and comparisons. */
export const FAMILY_LABELS: Record<InstrumentFamily, string> = {
  COLLABORATIVE: 'Collaborativo (amministrazione condivisa)',
  COMPETITIVE: 'Competitivo (mercato)',
  GRANT: 'Sostegno economico (contributi e beni)',
  AGREEMENT: 'Accordo tra amministrazioni',
  AUTHORIZATION: 'Autorizzazione e accreditamento (quasi-mercato)',
};

/** Italian names of the phases. */
export const PHASE_LABELS: Record<InstrumentPhase, string> = {
  PROGRAMMING: 'Programmazione',
  DESIGN: 'Progettazione',
  ASSIGNMENT: 'Affidamento',
  EXECUTION: 'Esecuzione',
  EVALUATION: 'Valutazione',
};

/** The relations in Italian, read from the instrument they leave ("co-programmazione precede …"). */
export const RELATION_KIND_LABELS: Record<InstrumentRelationKind, string> = {
  PRECEDES: 'precede',
  ALTERNATIVE_TO: 'è alternativo a',
  REQUIRES: 'richiede',
  SPECIALIZES: 'è una forma specifica di',
  EXCLUDES: 'esclude',
};

/** The same relations read from the other end ("co-progettazione è preceduta da co-programmazione"). */
export const INCOMING_RELATION_KIND_LABELS: Record<InstrumentRelationKind, string> = {
  PRECEDES: 'è preceduto da',
  ALTERNATIVE_TO: 'è alternativo a',
  REQUIRES: 'è richiesto da',
  SPECIALIZES: 'ha come forma specifica',
  EXCLUDES: 'è escluso da',
};

/** Italian names of the source kinds. */
export const SOURCE_KIND_LABELS: Record<InstrumentSourceKind, string> = {
  LAW: 'Norma',
  RULING: 'Giurisprudenza',
  GUIDELINE: 'Linee guida',
  COMMENTARY: 'Commento',
};

/** One legal basis: an act and an article, with the source that carries its text. */
export interface LegalBasis {
  act: string;
  article: string;
  sourceId: string;
  unverified?: boolean;
}

/** A ruling with what it held, and where it can be read. */
export interface CaseLawDetail {
  ruling: string;
  holding: string;
  sourceId: string;
}

/** An outgoing relation as kept in an instrument's snapshot. */
export interface RelationSnapshot {
  toId: string;
  kind: InstrumentRelationKind;
  note: string;
  unverified?: boolean;
}

/**
 * Everything an editor can change about an instrument: what a revision freezes (together with
 * the instrument's outgoing relations). Facts marked `unverified` stay marked.
 */
export interface InstrumentContent {
  name: string;
  family: InstrumentFamily;
  phases: InstrumentPhase[];
  legalBasis: LegalBasis[];
  /** Who may be the counterpart, in the words of the sources. */
  counterparts: string;
  counterpartsUnverified: boolean;
  /** How resources flow, in the words of the sources. */
  resourceFlow: string;
  resourceFlowUnverified: boolean;
  summary: string;
  whenToUse: string;
  keySteps: string[];
  constraints: string[];
  caseLaw: string[];
  caseLawDetails: CaseLawDetail[];
  areas: string[];
  /** Ids of the sources the instrument rests on beyond its legal basis. */
  sourceIds: string[];
  unverified: boolean;
  unverifiedNote: string | null;
  regionalNote: string | null;
  note: string | null;
  /** The attributes the guided choice reasons on. */
  profile: ChoiceProfile;
}

/** An instrument of the catalogue: its id and its content. */
export interface Instrument extends InstrumentContent {
  id: string;
}

/** The frozen state of an instrument in a revision: content plus outgoing relations. */
export interface InstrumentSnapshot extends InstrumentContent {
  relations: RelationSnapshot[];
}

const FAMILY_BY_SOURCE: Record<string, InstrumentFamily> = {
  collaborative: InstrumentFamily.COLLABORATIVE,
  competitive: InstrumentFamily.COMPETITIVE,
  grant: InstrumentFamily.GRANT,
  agreement: InstrumentFamily.AGREEMENT,
  authorization: InstrumentFamily.AUTHORIZATION,
};

const PHASE_BY_SOURCE: Record<string, InstrumentPhase> = {
  programming: InstrumentPhase.PROGRAMMING,
  design: InstrumentPhase.DESIGN,
  assignment: InstrumentPhase.ASSIGNMENT,
  execution: InstrumentPhase.EXECUTION,
  evaluation: InstrumentPhase.EVALUATION,
};

const RELATION_KIND_BY_SOURCE: Record<string, InstrumentRelationKind> = {
  precedes: InstrumentRelationKind.PRECEDES,
  alternativeTo: InstrumentRelationKind.ALTERNATIVE_TO,
  requires: InstrumentRelationKind.REQUIRES,
  specializes: InstrumentRelationKind.SPECIALIZES,
  excludes: InstrumentRelationKind.EXCLUDES,
};

function parseWith<T>(table: Record<string, T>, raw: string, what: string): T {
  const value = Object.prototype.hasOwnProperty.call(table, raw) ? table[raw] : undefined;
  if (value === undefined) throw new Error(`${what} sconosciuto: ${raw}`);
  return value;
}

/** instruments.json spells families in lower case ("collaborative"). */
export function parseInstrumentFamily(raw: string): InstrumentFamily {
  return parseWith(FAMILY_BY_SOURCE, raw, 'Famiglia di strumento');
}

/** instruments.json spells phases in lower case ("programming"). */
export function parseInstrumentPhase(raw: string): InstrumentPhase {
  return parseWith(PHASE_BY_SOURCE, raw, 'Fase');
}

/** instruments.json spells relation kinds in camel case ("alternativeTo"). */
export function parseRelationKind(raw: string): InstrumentRelationKind {
  return parseWith(RELATION_KIND_BY_SOURCE, raw, 'Tipo di relazione');
}

/** instruments.json spells source kinds in lower case ("law"). */
export function parseSourceKind(raw: string): InstrumentSourceKind {
  return parseWith(
    { law: InstrumentSourceKind.LAW, ruling: InstrumentSourceKind.RULING, guideline: InstrumentSourceKind.GUIDELINE, commentary: InstrumentSourceKind.COMMENTARY },
    raw,
    'Tipo di fonte',
  );
}

/** Phases in the order of the policy cycle, without duplicates. */
export function sortPhases(phases: InstrumentPhase[]): InstrumentPhase[] {
  const order = Object.values(InstrumentPhase);
  return [...new Set(phases)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
