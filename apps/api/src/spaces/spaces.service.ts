import { randomBytes } from 'node:crypto';
import {
  AmbitoEntity, ObjectiveEntity, SpaceEntity, SpaceMemberEntity, SpaceObjectiveEntity, type UserEntity,
} from '@condivisa/db';
import { AppError, type FieldProblem, foldForSearch, may, searchPatterns, SpaceScope, slugify } from '@condivisa/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { ActivityEvent } from './activity-event.model';
import { ActivityService } from './activity.service';
import type { CreateSpaceInput } from './create-space.input';
import { assertMay } from './space-access';
import type { SpaceFilter } from './space-filter.input';
import type { SpaceLoaders } from './space-loaders';
import type { UpdateSpaceInput } from './update-space.input';

/** Spaces: listing, creation (top-level by admins, children by the parent's coordinators), changes, archiving. */
@Injectable()
export class SpacesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly activity: ActivityService,
  ) {}

  /** Signed-in people see every space's card (who meets, on what); anonymous visitors see none here. */
  list(viewer: UserEntity | null, filter: SpaceFilter = {}): Promise<SpaceEntity[]> {
    if (!viewer) return Promise.resolve([]);
    const q = this.db.getRepository(SpaceEntity).createQueryBuilder('s').orderBy('s.kind', 'ASC').addOrderBy('s.name', 'ASC');
    if (!filter.includeArchived) q.andWhere('s.archived_at IS NULL');
    if (filter.kind) q.andWhere('s.kind = :kind', { kind: filter.kind });
    if (filter.objectiveId) {
      q.andWhere('EXISTS (SELECT 1 FROM space_objective so WHERE so.space_id = s.id AND so.objective_id = :objectiveId)', { objectiveId: filter.objectiveId });
    }
    if (filter.mine) q.andWhere('EXISTS (SELECT 1 FROM space_member sm WHERE sm.space_id = s.id AND sm.user_id = :viewerId)', { viewerId: viewer.id });
    searchPatterns(filter.search ?? '').forEach((pattern, i) => q.andWhere(`s.search_text LIKE :w${i}`, { [`w${i}`]: pattern }));
    return q.getMany();
  }

  async create(viewer: UserEntity, input: CreateSpaceInput, loaders: SpaceLoaders): Promise<SpaceEntity> {
    let parent: SpaceEntity | null = null;
    if (input.parentId) {
      parent = await loaders.space.load(input.parentId);
      if (!parent) throw AppError.badInput('Spazio padre inesistente', [{ field: 'parentId', message: 'Spazio inesistente' }]);
      await assertMay(viewer, 'space.createChild', parent, loaders, 'Solo chi coordina lo spazio può crearvi gruppi di lavoro.');
    } else if (!may({ platformRole: viewer.platformRole, spaceRole: null }, 'space.create')) {
      throw AppError.forbidden('Solo gli amministratori creano spazi di primo livello; i coordinatori creano gruppi di lavoro nei loro spazi.');
    }
    const events: ActivityEvent[] = [];
    const created = await this.db.transaction(async (m) => {
      await this.checkReferences(m, input.ambitoId ?? null, input.objectiveIds ?? [], input.scope);
      const name = input.name.trim();
      const space = m.create(SpaceEntity, {
        id: `${slugify(name).slice(0, 60)}-${randomBytes(3).toString('hex')}`,
        kind: input.kind,
        name,
        description: input.description?.trim() || null,
        scope: input.scope,
        ambitoId: input.scope === SpaceScope.AMBITO ? (input.ambitoId ?? null) : null,
        parentId: parent?.id ?? null,
        visibility: input.visibility ?? 'MEMBERS',
        archivedAt: null,
        searchText: foldForSearch(name),
        createdById: viewer.id,
      });
      await m.save(space);
      const objectiveIds = input.objectiveIds ?? [];
      if (objectiveIds.length > 0) await m.insert(SpaceObjectiveEntity, objectiveIds.map((objectiveId) => ({ spaceId: space.id, objectiveId })));
      const organizationId = await m
        .query<{ organization_id: string }[]>('SELECT organization_id FROM organization_membership WHERE user_id = $1 ORDER BY created_at LIMIT 1', [viewer.id])
        .then((r) => r[0]?.organization_id ?? null);
      await m.insert(SpaceMemberEntity, { spaceId: space.id, userId: viewer.id, organizationId, role: 'COORDINATOR', invitedById: viewer.id });
      events.push(await this.activity.record(m, space.id, viewer, 'space.created', { type: 'space', id: space.id }, { name }));
      if (parent) events.push(await this.activity.record(m, parent.id, viewer, 'space.childCreated', { type: 'space', id: space.id }, { name }));
      return space;
    });
    await this.activity.publish(events);
    return created;
  }

  async update(viewer: UserEntity, id: string, input: UpdateSpaceInput, loaders: SpaceLoaders): Promise<SpaceEntity> {
    const space = await this.require(id, loaders);
    await assertMay(viewer, 'space.update', space, loaders, 'Solo chi coordina lo spazio può modificarlo.');
    const events: ActivityEvent[] = [];
    const updated = await this.db.transaction(async (m) => {
      const current = await m.findOneOrFail(SpaceEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (input.objectiveIds) {
        await this.checkReferences(m, current.ambitoId, input.objectiveIds, current.scope as SpaceScope);
        await m.delete(SpaceObjectiveEntity, { spaceId: id });
        if (input.objectiveIds.length > 0) await m.insert(SpaceObjectiveEntity, input.objectiveIds.map((objectiveId) => ({ spaceId: id, objectiveId })));
      }
      if (input.name !== undefined && input.name !== null) {
        current.name = input.name.trim();
        current.searchText = foldForSearch(current.name);
      }
      if (input.description !== undefined) current.description = input.description?.trim() || null;
      if (input.visibility) current.visibility = input.visibility;
      await m.save(current);
      events.push(await this.activity.record(m, id, viewer, 'space.updated', { type: 'space', id }, { changed: Object.keys(input) }));
      return current;
    });
    await this.activity.publish(events);
    return updated;
  }

  async archive(viewer: UserEntity, id: string, loaders: SpaceLoaders): Promise<SpaceEntity> {
    const space = await this.require(id, loaders);
    await assertMay(viewer, 'space.archive', space, loaders, 'Solo chi coordina lo spazio può archiviarlo.');
    const events: ActivityEvent[] = [];
    const archived = await this.db.transaction(async (m) => {
      await m.update(SpaceEntity, { id }, { archivedAt: new Date() });
      events.push(await this.activity.record(m, id, viewer, 'space.archived', { type: 'space', id }));
      return m.findOneByOrFail(SpaceEntity, { id });
    });
    await this.activity.publish(events);
    return archived;
  }

  async require(id: string, loaders: SpaceLoaders): Promise<SpaceEntity> {
    const space = await loaders.space.load(id);
    if (!space) throw AppError.notFound('Spazio');
    return space;
  }

  private async checkReferences(m: EntityManager, ambitoId: string | null, objectiveIds: string[], scope: SpaceScope): Promise<void> {
    const problems: FieldProblem[] = [];
    if (scope === SpaceScope.AMBITO && !ambitoId) problems.push({ field: 'ambitoId', message: "Indica l'Ambito di uno spazio di livello Ambito" });
    if (ambitoId && !(await m.existsBy(AmbitoEntity, { id: ambitoId }))) problems.push({ field: 'ambitoId', message: 'Ambito inesistente' });
    const unique = [...new Set(objectiveIds)];
    if (unique.length > 0 && (await m.countBy(ObjectiveEntity, { id: In(unique) })) !== unique.length) {
      problems.push({ field: 'objectiveIds', message: 'Obiettivo inesistente' });
    }
    if (problems.length > 0) throw AppError.badInput('Dati dello spazio non validi', problems);
  }
}
