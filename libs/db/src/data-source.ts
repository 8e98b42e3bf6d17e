import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { CountingLogger } from './query-counter';

/** Options shared by the app, the CLI and the tests: migrations only, never `synchronize`. */
export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    uuidExtension: 'pgcrypto',
    synchronize: false,
    logger: new CountingLogger(),
    extra: { max: 10, application_name: 'condivisa' },
    ...extra,
  } as DataSourceOptions;
}

/** Opens a data source and applies pending migrations. */
export async function openDataSource(url: string): Promise<DataSource> {
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  await ds.runMigrations();
  return ds;
}
