import type { Instrument, InstrumentFamily, InstrumentPhase, InstrumentRelationKind, RelationSnapshot } from '@condivisa/domain';
import type { InstrumentEntity } from './entities/instrument.entity';
import type { InstrumentRelationEntity } from './entities/instrument-relation.entity';

/** An instrument row as the domain sees it (the columns hold the domain's enum values). */
export function instrumentOf(e: InstrumentEntity): Instrument {
  return {
    id: e.id,
    name: e.name,
    family: e.family as InstrumentFamily,
    phases: e.phases as InstrumentPhase[],
    legalBasis: e.legalBasis,
    counterparts: e.counterparts,
    counterpartsUnverified: e.counterpartsUnverified,
    resourceFlow: e.resourceFlow,
    resourceFlowUnverified: e.resourceFlowUnverified,
    summary: e.summary,
    whenToUse: e.whenToUse,
    keySteps: e.keySteps,
    constraints: e.constraints,
    caseLaw: e.caseLaw,
    caseLawDetails: e.caseLawDetails,
    areas: e.areas,
    sourceIds: e.sourceIds,
    unverified: e.unverified,
    unverifiedNote: e.unverifiedNote,
    regionalNote: e.regionalNote,
    note: e.note,
    profile: e.profile,
  };
}

/** An outgoing relation row as kept in a revision's snapshot. */
export function relationSnapshotOf(r: InstrumentRelationEntity): RelationSnapshot {
  return { toId: r.toId, kind: r.kind as InstrumentRelationKind, note: r.note, ...(r.unverified ? { unverified: true } : {}) };
}
