import { startEmbeddedDatabase, type EmbeddedDatabase } from '@condivisa/db';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config';

/** The database to use: DATABASE_URL when set, otherwise an embedded PostgreSQL started here. */
export async function resolveDatabase(config: AppConfig, logger: Logger): Promise<{ url: string; embedded: EmbeddedDatabase | null }> {
  if (config.databaseUrl) {
    logger.info('using the PostgreSQL server given by DATABASE_URL');
    return { url: config.databaseUrl, embedded: null };
  }
  const started = Date.now();
  const embedded = await startEmbeddedDatabase({
    dataDir: config.dataDir,
    port: config.embeddedPgPort,
    databaseName: 'condivisa',
    onLog: (message) => logger.debug({ component: 'embedded-postgres' }, message),
  });
  logger.info({ dataDir: config.dataDir, port: config.embeddedPgPort, ms: Date.now() - started }, 'embedded PostgreSQL started');
  return { url: embedded.url, embedded };
}
