import { foldForSearch, parseSpaceKind, parseSpaceScope } from '@condivisa/domain';
import { bergamoGovernance, bergamoObjectives, bergamoTables, bergamoTerritory, type TableSeed } from '@condivisa/seed-data';
import type { DataSource, EntityManager } from 'typeorm';
import {
  ObjectiveActionEntity, ObjectiveEntity, SpaceEntity, SpaceObjectiveEntity, SpaceOrganizationEntity,
} from '../entities';

/** The Collegio dei Sindaci is a space too: its members review models wherever a space asks for it. */
export const COLLEGIO_SPACE_ID = 'collegio-dei-sindaci';

/**
 * Governance bodies that are one body each become spaces. The others in governance.json are
 * categories (every Ambito's Ufficio di Piano, every district's Assemblea): not seeded as one space.
 */
const SINGLE_GOVERNANCE_BODIES = [COLLEGIO_SPACE_ID, 'presidenti-assemblee-pdz-e-collegio', 'struttura-tecnica-provinciale'];

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
      // Monitoring texts came with a later migration: fill them where still empty.
      await m.query(
        `UPDATE objective SET tools = $2, monitoring = $3, evaluation = $4, governance_bodies = $5
          WHERE id = $1 AND tools = '{}' AND monitoring = '{}' AND evaluation = '{}' AND governance_bodies = '{}'`,
        [o.id, o.tools ?? [], o.monitoring ?? [], o.evaluation ?? [], o.governance?.bodies ?? []],
      );
    }
    for (const o of bergamoObjectives) {
      if (await m.existsBy(ObjectiveActionEntity, { objectiveId: o.id })) continue;
      await insertIgnore(m, ObjectiveActionEntity, o.actions.map((a, i) => ({
        objectiveId: o.id, year: a.year, years: a.years ?? [], text: a.text, setting: a.setting ?? null, position: i + 1,
      })));
    }

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
      ...bergamoGovernance.filter((b) => SINGLE_GOVERNANCE_BODIES.includes(b.id)).map((b) => ({
        id: b.id,
        kind: parseSpaceKind('organismo'),
        name: b.name,
        description: b.composition ?? null,
        scope: parseSpaceScope('provinciale'),
        ambitoId: null,
        visibility: 'PUBLIC' as const,
        searchText: foldForSearch(b.name),
      })),
      // One Conferenza dei Sindaci per ASST.
      ...bergamoTerritory.assts.map((a) => ({
        id: a.conferenzaDeiSindaci.id,
        kind: parseSpaceKind('organismo'),
        name: a.conferenzaDeiSindaci.name,
        description: null,
        scope: parseSpaceScope('asst'),
        ambitoId: null,
        visibility: 'PUBLIC' as const,
        searchText: foldForSearch(a.conferenzaDeiSindaci.name),
      })),
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
