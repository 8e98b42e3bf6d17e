import { foldForSearch, parseSpaceKind, parseSpaceScope } from '@condivisa/domain';
import { bergamoGovernance, bergamoObjectives, bergamoTables, type TableSeed } from '@condivisa/seed-data';
import type { DataSource, EntityManager } from 'typeorm';
import {
  ObjectiveActionEntity, ObjectiveEntity, SpaceEntity, SpaceObjectiveEntity, SpaceOrganizationEntity,
} from '../entities';

/** The Collegio dei Sindaci is a space too: its members review models wherever a space asks for it. */
export const COLLEGIO_SPACE_ID = 'collegio-dei-sindaci';

function describeTable(t: TableSeed): string | null {
  const parts = [t.purpose ?? t.mandate ?? ''];
  if (t.outputs?.length) parts.push(`Prodotti attesi: ${t.outputs.join('; ')}.`);
  const text = parts.filter(Boolean).join('\n\n');
  return text || null;
}

/**
 * Loads the 12 objectives with their actions and the collegial bodies of the Prologo as spaces
 * (with the objectives they serve and their member organisations). Idempotent; edits survive.
 */
export async function seedPlan(ds: DataSource): Promise<void> {
  await ds.transaction(async (m) => {
    await insertIgnore(m, ObjectiveEntity, bergamoObjectives.map((o) => ({
      id: o.id,
      track: o.track === 'sociale' ? 'SOCIALE' : 'INTEGRAZIONE_SOCIOSANITARIA',
      number: o.number,
      title: o.title,
      description: o.description ?? '',
      goals: o.goals ?? [],
    })));
    for (const o of bergamoObjectives) {
      if (await m.existsBy(ObjectiveActionEntity, { objectiveId: o.id })) continue;
      await insertIgnore(m, ObjectiveActionEntity, o.actions.map((a, i) => ({
        objectiveId: o.id, year: a.year, years: a.years ?? [], text: a.text, setting: a.setting ?? null, position: i + 1,
      })));
    }

    const collegio = bergamoGovernance.find((b) => b.id === COLLEGIO_SPACE_ID);
    const spaces = [
      ...bergamoTables.map((t) => ({
        id: t.id,
        kind: parseSpaceKind(t.kind),
        name: t.name,
        description: describeTable(t),
        scope: parseSpaceScope(t.scope),
        ambitoId: t.ambitoId ?? null,
        visibility: 'PUBLIC' as const,
        searchText: foldForSearch(t.name),
      })),
      ...(collegio ? [{
        id: COLLEGIO_SPACE_ID,
        kind: parseSpaceKind('organismo'),
        name: collegio.name,
        description: collegio.composition ?? null,
        scope: parseSpaceScope('provinciale'),
        ambitoId: null,
        visibility: 'PUBLIC' as const,
        searchText: foldForSearch(collegio.name),
      }] : []),
    ];
    await insertIgnore(m, SpaceEntity, spaces);
    for (const t of bergamoTables.filter((x) => x.parentId)) {
      await m.query('UPDATE space SET parent_id = $2 WHERE id = $1 AND parent_id IS NULL', [t.id, t.parentId]);
    }
    await insertIgnore(m, SpaceObjectiveEntity, bergamoTables.flatMap((t) => t.objectiveIds.map((objectiveId) => ({ spaceId: t.id, objectiveId }))));
    await insertIgnore(m, SpaceOrganizationEntity, bergamoTables.flatMap((t) => (t.memberOrgIds ?? []).map((organizationId) => ({ spaceId: t.id, organizationId }))));
  });
}

async function insertIgnore<T extends object>(m: EntityManager, entity: new () => T, rows: Partial<T>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    if (chunk.length > 0) await m.createQueryBuilder().insert().into(entity).values(chunk as never).orIgnore().execute();
  }
}
