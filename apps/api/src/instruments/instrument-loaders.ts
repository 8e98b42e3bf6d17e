import {
  InstrumentCommentEntity, InstrumentEntity, InstrumentExperienceEntity, InstrumentRelationEntity, InstrumentRevisionEntity,
  InstrumentSourceEntity,
} from '@condivisa/db';
import type { AttributeNames } from '@condivisa/domain';
import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { groupBy } from '../spaces/space-loaders';

/**
 * Per-request batch loaders for the instrument map: a list of 23 instruments with their
 * relations, experiences and sources costs one statement per relation, not one per instrument.
 */
export class InstrumentLoaders {
  constructor(private readonly db: DataSource) {}

  readonly instrument = new DataLoader<string, InstrumentEntity | null>(async (ids) => {
    const rows = await this.db.getRepository(InstrumentEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  readonly outgoing = new DataLoader<string, InstrumentRelationEntity[]>(async (ids) => {
    const rows = await this.db.getRepository(InstrumentRelationEntity).find({ where: { fromId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    return groupBy(ids, rows, (r) => r.fromId);
  });

  readonly incoming = new DataLoader<string, InstrumentRelationEntity[]>(async (ids) => {
    const rows = await this.db.getRepository(InstrumentRelationEntity).find({ where: { toId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    return groupBy(ids, rows, (r) => r.toId);
  });

  readonly experiences = new DataLoader<string, InstrumentExperienceEntity[]>(async (ids) => {
    const rows = await this.db.getRepository(InstrumentExperienceEntity).find({
      where: { instrumentId: In([...ids]) }, order: { year: 'DESC', createdAt: 'DESC' },
    });
    return groupBy(ids, rows, (r) => r.instrumentId);
  });

  readonly comments = new DataLoader<string, InstrumentCommentEntity[]>(async (ids) => {
    const rows = await this.db.getRepository(InstrumentCommentEntity).find({ where: { instrumentId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    return groupBy(ids, rows, (r) => r.instrumentId);
  });

  readonly revisions = new DataLoader<string, InstrumentRevisionEntity[]>(async (ids) => {
    const rows = await this.db.getRepository(InstrumentRevisionEntity).find({ where: { instrumentId: In([...ids]) }, order: { number: 'DESC' } });
    return groupBy(ids, rows, (r) => r.instrumentId);
  });

  /** Instrument and source names, once per request: relations and references written in words. */
  readonly names = new DataLoader<'all', AttributeNames>(async (keys) => {
    const [instruments, sources] = await Promise.all([
      this.db.getRepository(InstrumentEntity).find({ select: { id: true, name: true } }),
      this.db.getRepository(InstrumentSourceEntity).find({ select: { id: true, title: true } }),
    ]);
    const instrumentNames = new Map(instruments.map((i) => [i.id, i.name]));
    const sourceTitles = new Map(sources.map((s) => [s.id, s.title]));
    const names: AttributeNames = { instrument: (id) => instrumentNames.get(id), source: (id) => sourceTitles.get(id) };
    return keys.map(() => names);
  });

  /** Every source, loaded once per request (69 rows): legal bases and references resolve from memory. */
  readonly sources = new DataLoader<'all', Map<string, InstrumentSourceEntity>>(async (keys) => {
    const rows = await this.db.getRepository(InstrumentSourceEntity).find({ order: { id: 'ASC' } });
    const map = new Map(rows.map((r) => [r.id, r]));
    return keys.map(() => map);
  });
}
