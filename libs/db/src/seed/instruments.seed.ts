import {
  type Instrument, instrumentSnapshot, type InstrumentSourceKind, parseInstrumentFamily, parseInstrumentPhase, parseRelationKind,
  parseSourceKind, type RelationSnapshot, seedProfile, sortPhases,
} from '@condivisa/domain';
import { instrumentCatalogue, type InstrumentCatalogueSeed } from '@condivisa/seed-data';
import type { DataSource, EntityManager } from 'typeorm';
import {
  InstrumentEntity, InstrumentRelationEntity, InstrumentRevisionEntity, InstrumentSourceEntity,
} from '../entities';
import { instrumentOf, relationSnapshotOf } from '../instrument-state';

/** Reason of the revisions the seed writes (their author is null: "dati iniziali"). */
export const SEED_REVISION_REASON = 'Dati iniziali (instruments.json)';

export interface CatalogueRelation extends RelationSnapshot {
  fromId: string;
}

export interface CatalogueSource {
  id: string;
  title: string;
  url: string;
  kind: InstrumentSourceKind;
  note: string | null;
  unverified: boolean;
}

/** The catalogue of instruments.json in the domain's terms (enums parsed, guided-choice profiles attached). */
export interface Catalogue {
  instruments: Instrument[];
  relations: CatalogueRelation[];
  sources: CatalogueSource[];
}

/** Reads instruments.json into domain values; throws on an unknown family, phase, kind or missing profile. */
export function catalogueFromSeed(seed: InstrumentCatalogueSeed = instrumentCatalogue): Catalogue {
  return {
    instruments: seed.instruments.map((i) => ({
      id: i.id,
      name: i.name,
      family: parseInstrumentFamily(i.family),
      phases: sortPhases(i.phase.map(parseInstrumentPhase)),
      legalBasis: i.legalBasis.map((b) => ({ act: b.act, article: b.article, sourceId: b.sourceId, ...(b.unverified ? { unverified: true } : {}) })),
      counterparts: i.counterparts,
      counterpartsUnverified: i.counterpartsUnverified ?? false,
      resourceFlow: i.resourceFlow,
      resourceFlowUnverified: i.resourceFlowUnverified ?? false,
      summary: i.summary,
      whenToUse: i.whenToUse,
      keySteps: i.keySteps,
      constraints: i.constraints,
      caseLaw: i.caseLaw,
      caseLawDetails: (i.caseLawDetails ?? []).map((c) => ({ ruling: c.ruling, holding: c.holding, sourceId: c.sourceId })),
      areas: i.areas,
      sourceIds: i.references,
      unverified: i.unverified ?? false,
      unverifiedNote: i.unverifiedNote ?? null,
      regionalNote: i.regionalNote ?? null,
      note: i.note ?? null,
      profile: seedProfile(i.id),
    })),
    relations: seed.relations.map((r) => ({
      fromId: r.from, toId: r.to, kind: parseRelationKind(r.kind), note: r.note, ...(r.unverified ? { unverified: true } : {}),
    })),
    sources: seed.sources.map((s) => ({
      id: s.id, title: s.title, url: s.url, kind: parseSourceKind(s.kind), note: s.note ?? null, unverified: s.unverified ?? false,
    })),
  };
}

/**
 * Loads the instrument map. Idempotent and respectful of edits: sources are added when missing;
 * an instrument is added only if it does not exist yet, with revision 1; a relation is added only
 * when one of its ends is new in this run, so a relation an editor deleted does not come back.
 * An existing instrument that gains a seeded relation gets a new revision.
 */
export async function seedInstruments(ds: DataSource, catalogue: Catalogue = catalogueFromSeed()): Promise<void> {
  await ds.transaction(async (m) => {
    await m.createQueryBuilder().insert().into(InstrumentSourceEntity).values(catalogue.sources).orIgnore().execute();
    const existing = new Set((await m.find(InstrumentEntity, { select: { id: true } })).map((i) => i.id));
    const fresh = catalogue.instruments.filter((i) => !existing.has(i.id));
    if (fresh.length === 0) return;
    const offset = await m.query<{ n: number }[]>('SELECT coalesce(max(position), 0)::int AS n FROM instrument').then((r) => r[0]!.n);
    const freshIds = new Set(fresh.map((i) => i.id));
    await m.insert(InstrumentEntity, fresh.map((i) => {
      const { id, ...content } = i;
      return { id, ...content, position: offset + catalogue.instruments.indexOf(i) + 1, revision: 1 };
    }));
    const known = (id: string) => existing.has(id) || freshIds.has(id);
    const relations = catalogue.relations.filter((r) => known(r.fromId) && known(r.toId) && (freshIds.has(r.fromId) || freshIds.has(r.toId)));
    if (relations.length > 0) {
      await m.createQueryBuilder().insert().into(InstrumentRelationEntity)
        .values(relations.map((r) => ({ fromId: r.fromId, toId: r.toId, kind: r.kind, note: r.note, unverified: r.unverified ?? false })))
        .orIgnore().execute();
    }
    const outgoing = (id: string) => catalogue.relations.filter((r) => r.fromId === id && relations.includes(r));
    await m.insert(InstrumentRevisionEntity, fresh.map((i) => ({
      instrumentId: i.id, number: 1, snapshot: instrumentSnapshot(i, outgoing(i.id)), changedFields: [], authorId: null, reason: SEED_REVISION_REASON,
    })));
    // Existing instruments that gained a relation towards a new one: their state changed, so it gets a revision.
    for (const id of new Set(relations.filter((r) => existing.has(r.fromId)).map((r) => r.fromId))) {
      await appendSeedRevision(m, id);
    }
  });
}

async function appendSeedRevision(m: EntityManager, instrumentId: string): Promise<void> {
  const instrument = await m.findOneByOrFail(InstrumentEntity, { id: instrumentId });
  const relations = await m.findBy(InstrumentRelationEntity, { fromId: instrumentId });
  const number = instrument.revision + 1;
  await m.insert(InstrumentRevisionEntity, {
    instrumentId, number, snapshot: instrumentSnapshot(instrumentOf(instrument), relations.map(relationSnapshotOf)),
    changedFields: ['relations'], authorId: null, reason: SEED_REVISION_REASON,
  });
  await m.update(InstrumentEntity, { id: instrumentId }, { revision: number });
}
