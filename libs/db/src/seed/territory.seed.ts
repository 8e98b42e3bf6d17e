import { eurosToCents, foldForSearch, parseSector, slugify } from '@condivisa/domain';
import { bergamoOrganizations, bergamoTerritory, type TerritorySeed } from '@condivisa/seed-data';
import type { DataSource, EntityManager } from 'typeorm';
import { AmbitoEntity, AsstEntity, ComuneEntity, DistrettoEntity, OrganizationEntity, ProvinceEntity } from '../entities';

/** The province has 243 municipalities; the Prologo lists 242 (see libs/seed-data/data/bergamo/README.md). */
const OFFICIAL_COMUNI_BERGAMO = 243;

/**
 * Loads the territory and the organisations of the Prologo. Idempotent: existing rows are left
 * as they are, so edits made through the app survive a restart.
 */
export async function seedTerritory(ds: DataSource, territory: TerritorySeed = bergamoTerritory): Promise<void> {
  await ds.transaction(async (m) => {
    await insertIgnore(m, ProvinceEntity, [{
      id: slugify(territory.province),
      name: territory.province,
      fnpsStatedTotalCents: eurosToCents(territory.totals.fnpsTotalStatedInSource),
      fnpsNote: territory.totals.fnpsNote,
      officialComuniCount: OFFICIAL_COMUNI_BERGAMO,
    }]);
    await insertIgnore(m, AsstEntity, territory.assts.map((a) => ({ id: a.id, name: a.name })));
    await insertIgnore(m, DistrettoEntity, territory.assts.flatMap((a) =>
      a.distretti.map((d) => ({ id: d.id, number: d.number, name: d.name, asstId: a.id })),
    ));
    await insertIgnore(m, AmbitoEntity, territory.ambiti.map((a, i) => ({
      id: a.id,
      name: a.name,
      aliases: a.aliases,
      distrettoId: a.distrettoId,
      fnpsQuotaCents: eurosToCents(a.fnpsQuotaPerYear),
      position: i + 1,
    })));
    await insertIgnore(m, ComuneEntity, territory.ambiti.flatMap((a) => {
      const notes = new Map((a.comuniSpellingNotes ?? []).map((n) => [n.asInSource, n.probableOfficialName]));
      return a.comuni.map((name, i) => ({
        id: slugify(name),
        name,
        probableOfficialName: notes.get(name) ?? null,
        ambitoId: a.id,
        position: i + 1,
      }));
    }));
    const orgs = bergamoOrganizations.map((o) => ({
      id: o.id,
      name: o.name,
      sector: parseSector(o.sector),
      type: o.type,
      ambitoId: o.ambitoId ?? null,
      parentId: null,
      aliases: o.aliases ?? [],
      notes: o.notes ?? null,
      fiscalCode: null,
      runtsNumber: null,
      searchText: foldForSearch([o.name, ...(o.aliases ?? [])].join(' ')),
    }));
    await insertIgnore(m, OrganizationEntity, orgs);
    // Parents point inside the same list, so they are linked once every row exists.
    for (const o of bergamoOrganizations.filter((x) => x.parentId)) {
      await m.query('UPDATE organization SET parent_id = $2 WHERE id = $1 AND parent_id IS NULL', [o.id, o.parentId]);
    }
  });
}

async function insertIgnore<T extends object>(m: EntityManager, entity: new () => T, rows: Partial<T>[]): Promise<void> {
  if (rows.length === 0) return;
  await m.createQueryBuilder().insert().into(entity).values(rows as never).orIgnore().execute();
}
