import {
  COUNTERPART_NAMES,
  FAMILY_LABELS,
  INCOMING_RELATION_KIND_LABELS,
  PHASE_LABELS,
  RELATION_KIND_LABELS,
  SOURCE_KIND_LABELS,
} from '@condivisa/domain';
import type {
  CounterpartKind,
  InstrumentFamily,
  InstrumentPhase,
  InstrumentRelationKind,
  InstrumentSourceKind,
  InstrumentSummary,
} from './instrument-types';

/*
 * The Italian names of the map's vocabulary come from @condivisa/domain, the same the API uses in
 * comparisons, revisions and open data, so the catalogue and the comparison never disagree.
 */

const lookup = (labels: Record<string, string>) => (value: string) => labels[value] ?? value;

export const familyLabel: (family: InstrumentFamily | string) => string = lookup(FAMILY_LABELS);
export const phaseLabel: (phase: InstrumentPhase | string) => string = lookup(PHASE_LABELS);
export const counterpartLabel: (kind: CounterpartKind | string) => string = lookup(COUNTERPART_NAMES);
export const sourceKindLabel: (kind: InstrumentSourceKind | string) => string = lookup(SOURCE_KIND_LABELS);
/** «precede», read from the instrument the relation leaves. */
export const relationLabel: (kind: InstrumentRelationKind | string) => string = lookup(RELATION_KIND_LABELS);
/** «è preceduto da», read from the instrument the relation reaches. */
export const incomingRelationLabel: (kind: InstrumentRelationKind | string) => string = lookup(INCOMING_RELATION_KIND_LABELS);

/** Which facts of an instrument the sources have not confirmed, as the names of the fields. */
export function unverifiedFacts(instrument: InstrumentSummary, names: UnverifiedNames): string[] {
  return [
    instrument.unverified ? names.instrument : null,
    instrument.legalBasis.some((basis) => basis.unverified) ? names.legalBasis : null,
    instrument.counterpartsUnverified ? names.counterparts : null,
    instrument.resourceFlowUnverified ? names.resourceFlow : null,
  ].filter((fact): fact is string => fact !== null);
}

export interface UnverifiedNames {
  instrument: string;
  legalBasis: string;
  counterparts: string;
  resourceFlow: string;
}
