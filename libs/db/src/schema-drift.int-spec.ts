import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { inject, describe, expect, it } from 'vitest';
import { dataSourceOptions, openDataSource } from './data-source';
import { MIGRATIONS } from './migrations';

describe('migrations', () => {
  it('bring an empty database exactly to the entities (no pending schema change), and roll back cleanly', async () => {
    const admin = new Client({ connectionString: inject('adminDatabaseUrl') });
    await admin.connect();
    const name = `condivisa_drift_${Date.now()}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(inject('adminDatabaseUrl'));
    url.pathname = `/${name}`;
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
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
