import { DataSource } from 'typeorm';
import { inject, describe, expect, it } from 'vitest';
import { dataSourceOptions, openDataSource } from './data-source';
import { MIGRATIONS } from './migrations';
import { createScratchDatabase } from './scratch-database';

describe('migrations', () => {
  it('bring an empty database exactly to the entities (no pending schema change), and roll back cleanly', async () => {
    const db = await createScratchDatabase(inject('adminDatabaseUrl'), 'condivisa_drift');
    const url = new URL(db.url);
    try {
      const migrated = await openDataSource(url.toString());
      await migrated.destroy();
      const sut = new DataSource(dataSourceOptions(url.toString()));
      await sut.initialize();
      const pending = await sut.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      for (let i = 0; i < MIGRATIONS.length; i++) await sut.undoLastMigration();
      const tables = await sut.query("SELECT count(*)::int n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'");
      expect(tables[0].n).toBe(0);
      await sut.destroy();
    } finally {
      await db.drop();
    }
  });
});
