import {
  InstrumentEntity, instrumentOf, InstrumentRelationEntity, InstrumentRevisionEntity, InstrumentSourceEntity, relationSnapshotOf,
  type UserEntity,
} from '@condivisa/db';
import {
  AppError, type AttributeNames, changedFields, compareRevisions, ErrorCode, type FieldChange, filterInstruments, type InstrumentContent, instrumentContentProblems,
  type InstrumentFacets, instrumentFacets, type InstrumentFilter, instrumentSnapshot, type InstrumentSnapshot, type FieldProblem, sortPhases,
} from '@condivisa/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { ActivityEvent } from '../spaces/activity-event.model';
import { ActivityService } from '../spaces/activity.service';
import { INSTRUMENT_CURATOR_SPACE_ID } from '../spaces/space-access';
import type { SpaceLoaders } from '../spaces/space-loaders';
import type { CreateInstrumentRelationInput } from './create-instrument-relation.input';
import { assertMayEditInstruments } from './instrument-access';
import type { UpdateInstrumentInput } from './update-instrument.input';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The catalogue of instruments and its relations: reading (public), editing by the curators,
 * and the revisions every edit writes in the same transaction.
 */
@Injectable()
export class InstrumentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly activity: ActivityService,
  ) {}

  /** The whole catalogue in its order (23 rows: filtering happens in the domain, in memory). */
  catalogue(): Promise<InstrumentEntity[]> {
    return this.db.getRepository(InstrumentEntity).find({ order: { position: 'ASC' } });
  }

  async list(filter: InstrumentFilter = {}): Promise<InstrumentEntity[]> {
    const all = await this.catalogue();
    const kept = new Set(filterInstruments(all.map(instrumentOf), filter).map((i) => i.id));
    return all.filter((e) => kept.has(e.id));
  }

  async facets(filter: InstrumentFilter = {}): Promise<InstrumentFacets> {
    return instrumentFacets((await this.catalogue()).map(instrumentOf), filter);
  }

  get(id: string): Promise<InstrumentEntity | null> {
    return this.db.getRepository(InstrumentEntity).findOneBy({ id });
  }

  /** The instruments with these ids, in the order asked; unknown or repeated ids are bad input. */
  async getMany(ids: string[]): Promise<InstrumentEntity[]> {
    const problems = ids.flatMap((id, i) => (ids.indexOf(id) !== i ? [{ field: `ids.${i}`, message: `Strumento ripetuto: ${id}` }] : []));
    const rows = await this.db.getRepository(InstrumentEntity).findBy({ id: In(ids) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    ids.forEach((id, i) => {
      if (!byId.has(id)) problems.push({ field: `ids.${i}`, message: `Strumento inesistente: ${id}` });
    });
    if (problems.length > 0) throw AppError.badInput('Strumenti da confrontare non validi', problems);
    return ids.map((id) => byId.get(id)!);
  }

  relations(): Promise<InstrumentRelationEntity[]> {
    return this.db.getRepository(InstrumentRelationEntity).find({ order: { fromId: 'ASC', kind: 'ASC', toId: 'ASC' } });
  }

  sources(): Promise<InstrumentSourceEntity[]> {
    return this.db.getRepository(InstrumentSourceEntity).find({ order: { id: 'ASC' } });
  }

  /** When the map (instruments, relations, experiences) last changed; null on an empty database. */
  async lastChange(): Promise<Date | null> {
    const rows = await this.db.query<{ at: Date | null }[]>(
      'SELECT greatest((SELECT max(created_at) FROM instrument_revision), (SELECT max(created_at) FROM instrument_experience)) AS at',
    );
    return rows[0]?.at ?? null;
  }

  revisions(instrumentId: string): Promise<InstrumentRevisionEntity[]> {
    return this.db.getRepository(InstrumentRevisionEntity).find({ where: { instrumentId }, order: { number: 'DESC' } });
  }

  async revision(id: string): Promise<InstrumentRevisionEntity> {
    const found = UUID.test(id) ? await this.db.getRepository(InstrumentRevisionEntity).findOneBy({ id }) : null;
    if (!found) throw AppError.notFound('Revisione');
    return found;
  }

  /** Field-by-field changes from one revision to another of the same instrument (either order). */
  async diff(fromId: string, toId: string, names: AttributeNames): Promise<{ from: InstrumentRevisionEntity; to: InstrumentRevisionEntity; changes: FieldChange[] }> {
    const [from, to] = [await this.revision(fromId), await this.revision(toId)];
    if (from.instrumentId !== to.instrumentId) {
      throw AppError.badInput('Si confrontano revisioni dello stesso strumento', [{ field: 'toRevisionId', message: 'Revisione di un altro strumento' }]);
    }
    return { from, to, changes: compareRevisions(from.snapshot, to.snapshot, names) };
  }

  /** Changes the given fields; a change that changes nothing writes no revision. */
  async update(viewer: UserEntity, id: string, input: UpdateInstrumentInput, reason: string, loaders: SpaceLoaders): Promise<InstrumentEntity> {
    await assertMayEditInstruments(viewer, loaders);
    const events: ActivityEvent[] = [];
    const saved = await this.db.transaction(async (m) => {
      const current = await this.lockInstrument(m, id);
      const before = await this.snapshotOf(m, current);
      const next = merge(instrumentOf(current), input);
      const sourceIds = new Set((await m.find(InstrumentSourceEntity, { select: { id: true } })).map((s) => s.id));
      const problems = instrumentContentProblems(next, sourceIds);
      if (problems.length > 0) throw AppError.badInput('Dati dello strumento non validi', problems);
      Object.assign(current, next);
      const number = await this.commitRevision(m, current, before, viewer, reason);
      if (number !== null) {
        events.push(await this.record(m, viewer, 'instrument.updated', current, { number, reason: reason.trim() }));
      }
      return current;
    });
    await this.activity.publish(events);
    return saved;
  }

  async createRelation(viewer: UserEntity, input: CreateInstrumentRelationInput, reason: string, loaders: SpaceLoaders): Promise<InstrumentRelationEntity> {
    await assertMayEditInstruments(viewer, loaders);
    const events: ActivityEvent[] = [];
    const created = await this.db.transaction(async (m) => {
      const problems: FieldProblem[] = [];
      if (input.fromId === input.toId) problems.push({ field: 'toId', message: 'Uno strumento non è in relazione con sé stesso' });
      if (!(await m.existsBy(InstrumentEntity, { id: input.toId }))) problems.push({ field: 'toId', message: 'Strumento inesistente' });
      if (!(await m.existsBy(InstrumentEntity, { id: input.fromId }))) problems.push({ field: 'fromId', message: 'Strumento inesistente' });
      if (input.note.trim().length < 3) problems.push({ field: 'note', message: 'Spiega la relazione in almeno 3 caratteri' });
      if (problems.length > 0) throw AppError.badInput('Relazione non valida', problems);
      const from = await this.lockInstrument(m, input.fromId);
      if (await m.existsBy(InstrumentRelationEntity, { fromId: input.fromId, toId: input.toId, kind: input.kind })) {
        throw new AppError(ErrorCode.Conflict, 'Questa relazione esiste già', [{ field: 'kind', message: 'Relazione già presente' }]);
      }
      const before = await this.snapshotOf(m, from);
      const relation = await m.save(m.create(InstrumentRelationEntity, {
        fromId: input.fromId, toId: input.toId, kind: input.kind, note: input.note.trim(), unverified: input.unverified ?? false,
      }));
      const number = await this.commitRevision(m, from, before, viewer, reason);
      events.push(await this.record(m, viewer, 'instrument.relationCreated', from, { number, reason: reason.trim(), kind: input.kind, to: input.toId }));
      return relation;
    });
    await this.activity.publish(events);
    return created;
  }

  /** Deletes a relation; the deletion is a revision of the instrument it leaves from. */
  async deleteRelation(viewer: UserEntity, relationId: string, reason: string, loaders: SpaceLoaders): Promise<InstrumentEntity> {
    await assertMayEditInstruments(viewer, loaders);
    const events: ActivityEvent[] = [];
    const from = await this.db.transaction(async (m) => {
      const relation = UUID.test(relationId) ? await m.findOneBy(InstrumentRelationEntity, { id: relationId }) : null;
      if (!relation) throw AppError.notFound('Relazione');
      const instrument = await this.lockInstrument(m, relation.fromId);
      const before = await this.snapshotOf(m, instrument);
      await m.delete(InstrumentRelationEntity, { id: relation.id });
      const number = await this.commitRevision(m, instrument, before, viewer, reason);
      events.push(await this.record(m, viewer, 'instrument.relationDeleted', instrument, { number, reason: reason.trim(), kind: relation.kind, to: relation.toId }));
      return instrument;
    });
    await this.activity.publish(events);
    return from;
  }

  private async lockInstrument(m: EntityManager, id: string): Promise<InstrumentEntity> {
    const found = await m.findOne(InstrumentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!found) throw AppError.notFound('Strumento');
    return found;
  }

  private async snapshotOf(m: EntityManager, instrument: InstrumentEntity): Promise<InstrumentSnapshot> {
    const relations = await m.find(InstrumentRelationEntity, { where: { fromId: instrument.id } });
    return instrumentSnapshot(instrumentOf(instrument), relations.map(relationSnapshotOf));
  }

  /**
   * Writes the instrument's new state and its next revision (number, snapshot, changed fields,
   * author, reason) in the caller's transaction. Returns null, writing nothing, when nothing changed.
   */
  private async commitRevision(m: EntityManager, instrument: InstrumentEntity, before: InstrumentSnapshot, author: UserEntity, reason: string): Promise<number | null> {
    const trimmed = reason.trim();
    if (trimmed.length < 3) throw AppError.badInput('Indica il motivo della modifica', [{ field: 'reason', message: 'Almeno 3 caratteri' }]);
    const after = await this.snapshotOf(m, instrument);
    const changed = changedFields(before, after);
    if (changed.length === 0) return null;
    instrument.revision += 1;
    await m.save(instrument);
    await m.insert(InstrumentRevisionEntity, {
      instrumentId: instrument.id, number: instrument.revision, snapshot: after, changedFields: changed, authorId: author.id, reason: trimmed,
    });
    return instrument.revision;
  }

  /** The map's changes go to the activity feed of the tavolo that curates it. */
  private record(m: EntityManager, viewer: UserEntity, action: string, instrument: InstrumentEntity, details: Record<string, unknown>): Promise<ActivityEvent> {
    return this.activity.record(m, INSTRUMENT_CURATOR_SPACE_ID, viewer, action, { type: 'instrument', id: instrument.id }, { name: instrument.name, ...details });
  }
}

/** The instrument's content with the given fields replaced; text is trimmed, empty notes become null. */
function merge(current: InstrumentContent, input: UpdateInstrumentInput): InstrumentContent {
  const text = (value: string | undefined, fallback: string) => (value === undefined || value === null ? fallback : value.trim());
  const note = (value: string | null | undefined, fallback: string | null) => (value === undefined ? fallback : value?.trim() || null);
  const items = (value: string[] | undefined, fallback: string[]) => (value ? value.map((v) => v.trim()) : fallback);
  return {
    name: text(input.name, current.name),
    family: input.family ?? current.family,
    phases: input.phases ? sortPhases(input.phases) : current.phases,
    legalBasis: input.legalBasis
      ? input.legalBasis.map((b) => ({ act: b.act.trim(), article: b.article.trim(), sourceId: b.sourceId, ...(b.unverified ? { unverified: true } : {}) }))
      : current.legalBasis,
    counterparts: text(input.counterparts, current.counterparts),
    counterpartsUnverified: input.counterpartsUnverified ?? current.counterpartsUnverified,
    resourceFlow: text(input.resourceFlow, current.resourceFlow),
    resourceFlowUnverified: input.resourceFlowUnverified ?? current.resourceFlowUnverified,
    summary: text(input.summary, current.summary),
    whenToUse: text(input.whenToUse, current.whenToUse),
    keySteps: items(input.keySteps, current.keySteps),
    constraints: items(input.constraints, current.constraints),
    caseLaw: items(input.caseLaw, current.caseLaw),
    caseLawDetails: input.caseLawDetails
      ? input.caseLawDetails.map((c) => ({ ruling: c.ruling.trim(), holding: c.holding.trim(), sourceId: c.sourceId }))
      : current.caseLawDetails,
    areas: input.areas ? [...new Set(input.areas.map((a) => a.trim()))] : current.areas,
    sourceIds: input.sourceIds ? [...new Set(input.sourceIds)] : current.sourceIds,
    unverified: input.unverified ?? current.unverified,
    unverifiedNote: note(input.unverifiedNote, current.unverifiedNote),
    regionalNote: note(input.regionalNote, current.regionalNote),
    note: note(input.note, current.note),
    profile: {
      ...current.profile,
      ...Object.fromEntries(Object.entries(input.profile ?? {}).filter(([, v]) => v !== undefined && v !== null)),
      ...(input.profile?.counterpartRule ? { counterpartRule: input.profile.counterpartRule.trim() } : {}),
    },
  };
}
