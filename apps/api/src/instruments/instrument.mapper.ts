import {
  type InstrumentCommentEntity, type InstrumentEntity, type InstrumentExperienceEntity, instrumentOf, type InstrumentRelationEntity,
  type InstrumentRevisionEntity, type InstrumentSourceEntity,
} from '@condivisa/db';
import type { InstrumentComment } from './instrument-comment.model';
import type { InstrumentRelationKind, InstrumentSourceKind } from './instrument-enums';
import type { InstrumentExperience } from './instrument-experience.model';
import type { InstrumentRelation } from './instrument-relation.model';
import type { InstrumentRevision } from './instrument-revision.model';
import type { InstrumentSource } from './instrument-source.model';
import type { Instrument } from './instrument.model';

export function toInstrument(e: InstrumentEntity): Instrument {
  return { ...instrumentOf(e), revision: e.revision, updatedAt: e.updatedAt };
}

export function toInstrumentRelation(e: InstrumentRelationEntity): InstrumentRelation {
  return { id: e.id, fromId: e.fromId, toId: e.toId, kind: e.kind as InstrumentRelationKind, note: e.note, unverified: e.unverified, createdAt: e.createdAt };
}

export function toInstrumentRevision(e: InstrumentRevisionEntity): InstrumentRevision {
  return { id: e.id, instrumentId: e.instrumentId, number: e.number, reason: e.reason, createdAt: e.createdAt, changedFields: e.changedFields, authorId: e.authorId, snapshot: e.snapshot };
}

export function toInstrumentExperience(e: InstrumentExperienceEntity): InstrumentExperience {
  return {
    id: e.id, instrumentId: e.instrumentId, ambitoId: e.ambitoId, spaceId: e.spaceId, area: e.area, year: e.year, description: e.description,
    partners: e.partners, outcome: e.outcome, links: e.links, createdAt: e.createdAt, authorId: e.authorId,
  };
}

export function toInstrumentComment(e: InstrumentCommentEntity): InstrumentComment {
  return { id: e.id, instrumentId: e.instrumentId, body: e.body, createdAt: e.createdAt, authorId: e.authorId };
}

export function toInstrumentSource(e: InstrumentSourceEntity): InstrumentSource {
  return { id: e.id, title: e.title, url: e.url, kind: e.kind as InstrumentSourceKind, note: e.note, unverified: e.unverified };
}
