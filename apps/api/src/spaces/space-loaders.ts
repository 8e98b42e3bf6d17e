import {
  NotificationEntity, ObjectiveActionEntity, ObjectiveEntity, OrganizationEntity, SpaceEntity, SpaceMemberEntity,
  SpaceObjectiveEntity, SpaceOrganizationEntity, UserEntity, type SpaceRoleValue,
} from '@condivisa/db';
import DataLoader from 'dataloader';
import { type DataSource, In, IsNull } from 'typeorm';

/** Rows grouped by key, in the order of the keys a DataLoader asked for (empty groups included). */
export function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

/**
 * Per-request batch loaders: however many spaces a query touches, each relation costs one SQL
 * statement (no N+1). Created for each GraphQL operation with the viewer's id.
 */
export class SpaceLoaders {
  constructor(
    private readonly db: DataSource,
    private readonly viewerId: string | null,
  ) {}

  readonly space = new DataLoader<string, SpaceEntity | null>(async (ids) => {
    const rows = await this.db.getRepository(SpaceEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  readonly children = new DataLoader<string, SpaceEntity[]>(async (ids) => {
    const rows = await this.db.getRepository(SpaceEntity).find({ where: { parentId: In([...ids]) }, order: { name: 'ASC' } });
    return groupBy(ids, rows, (r) => r.parentId!);
  });

  readonly objectives = new DataLoader<string, ObjectiveEntity[]>(async (ids) => {
    const links = await this.db.getRepository(SpaceObjectiveEntity).find({
      where: { spaceId: In([...ids]) },
      relations: { objective: true },
      order: { objective: { track: 'ASC', number: 'ASC' } },
    });
    return groupBy(ids, links, (l) => l.spaceId).map((g) => g.map((l) => l.objective));
  });

  readonly memberOrganizations = new DataLoader<string, OrganizationEntity[]>(async (ids) => {
    const links = await this.db.getRepository(SpaceOrganizationEntity).find({
      where: { spaceId: In([...ids]) },
      relations: { organization: true },
      order: { organization: { name: 'ASC' } },
    });
    return groupBy(ids, links, (l) => l.spaceId).map((g) => g.map((l) => l.organization));
  });

  readonly members = new DataLoader<string, SpaceMemberEntity[]>(async (ids) => {
    const rows = await this.db.getRepository(SpaceMemberEntity).find({
      where: { spaceId: In([...ids]) },
      relations: { user: true, organization: true },
      order: { role: 'ASC', joinedAt: 'ASC' },
    });
    return groupBy(ids, rows, (r) => r.spaceId);
  });

  readonly memberCount = new DataLoader<string, number>(async (ids) => {
    const rows = await this.db.query<{ space_id: string; n: number }[]>(
      'SELECT space_id, count(*)::int AS n FROM space_member WHERE space_id = ANY($1) GROUP BY space_id',
      [[...ids]],
    );
    const byId = new Map(rows.map((r) => [r.space_id, r.n]));
    return ids.map((id) => byId.get(id) ?? 0);
  });

  readonly myRole = new DataLoader<string, SpaceRoleValue | null>(async (ids) => {
    if (!this.viewerId) return ids.map(() => null);
    const rows = await this.db.getRepository(SpaceMemberEntity).findBy({ spaceId: In([...ids]), userId: this.viewerId });
    const byId = new Map(rows.map((r) => [r.spaceId, r.role]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  readonly unread = new DataLoader<string, number>(async (ids) => {
    if (!this.viewerId) return ids.map(() => 0);
    const rows = await this.db
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .select('n.space_id', 'space_id')
      .addSelect('count(*)::int', 'n')
      .where({ userId: this.viewerId, readAt: IsNull(), spaceId: In([...ids]) })
      .groupBy('n.space_id')
      .getRawMany<{ space_id: string; n: number }>();
    const byId = new Map(rows.map((r) => [r.space_id, r.n]));
    return ids.map((id) => byId.get(id) ?? 0);
  });

  readonly spacesByObjective = new DataLoader<string, SpaceEntity[]>(async (ids) => {
    const links = await this.db.getRepository(SpaceObjectiveEntity).find({
      where: { objectiveId: In([...ids]) },
      relations: { space: true },
      order: { space: { name: 'ASC' } },
    });
    return groupBy(ids, links, (l) => l.objectiveId).map((g) => g.map((l) => l.space).filter((s) => !s.archivedAt));
  });

  readonly actionsByObjective = new DataLoader<string, ObjectiveActionEntity[]>(async (ids) => {
    const rows = await this.db.getRepository(ObjectiveActionEntity).find({ where: { objectiveId: In([...ids]) }, order: { position: 'ASC' } });
    return groupBy(ids, rows, (r) => r.objectiveId!);
  });

  readonly organization = new DataLoader<string, OrganizationEntity | null>(async (ids) => {
    const rows = await this.db.getRepository(OrganizationEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  readonly user = new DataLoader<string, UserEntity | null>(async (ids) => {
    const rows = await this.db.getRepository(UserEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
