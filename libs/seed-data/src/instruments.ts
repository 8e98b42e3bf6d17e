import instruments from '../data/instruments.json';

/** A legal basis as written in instruments.json. */
export interface LegalBasisSeed {
  act: string;
  article: string;
  sourceId: string;
  unverified?: boolean;
}

export interface CaseLawDetailSeed {
  ruling: string;
  sourceId: string;
  holding: string;
}

/** One instrument of the catalogue, spelled as in instruments.json (families and phases in lower case). */
export interface InstrumentSeed {
  id: string;
  name: string;
  legalBasis: LegalBasisSeed[];
  /** "collaborative", "competitive", "grant", "agreement", "authorization". */
  family: string;
  /** "programming", "design", "assignment", "execution", "evaluation". */
  phase: string[];
  counterparts: string;
  counterpartsUnverified?: boolean;
  resourceFlow: string;
  resourceFlowUnverified?: boolean;
  summary: string;
  whenToUse: string;
  keySteps: string[];
  constraints: string[];
  caseLaw: string[];
  caseLawDetails?: CaseLawDetailSeed[];
  areas: string[];
  /** Source ids beyond the legal basis. */
  references: string[];
  unverified?: boolean;
  unverifiedNote?: string;
  regionalNote?: string;
  note?: string;
}

export interface InstrumentRelationSeed {
  from: string;
  to: string;
  /** "precedes", "alternativeTo", "requires", "specializes", "excludes". */
  kind: string;
  note: string;
  unverified?: boolean;
}

export interface InstrumentSourceSeed {
  id: string;
  title: string;
  url: string;
  /** "law", "ruling", "guideline", "commentary". */
  kind: string;
  note?: string;
  unverified?: boolean;
}

export interface InstrumentCatalogueSeed {
  meta: {
    title: string;
    scope: string;
    builtFor: string;
    unverifiedConvention: string;
    generalReferences: string[];
    lawStatusNote: string;
  };
  instruments: InstrumentSeed[];
  relations: InstrumentRelationSeed[];
  sources: InstrumentSourceSeed[];
}

/** The map of PA–ETS instruments: 23 instruments, 26 relations, 69 sources (see data/instruments-notes.md). */
export const instrumentCatalogue: InstrumentCatalogueSeed = instruments as unknown as InstrumentCatalogueSeed;
