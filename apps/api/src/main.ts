import 'reflect-metadata';
import { createApp, prepareDatabase } from './bootstrap';
import { ConfigError, loadConfig } from './config/app-config';
import { createRootLogger } from './common/logger';
import { resolveDatabase } from './database/database-url';

/**
 * `npm start`: validate the configuration, start (or reach) PostgreSQL, migrate and seed,
 * then serve API and web app on one port. Ctrl-C stops the app, then the embedded database.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  const logger = createRootLogger(config.logLevel);
  let app: Awaited<ReturnType<typeof createApp>> | null = null;
  let embedded: Awaited<ReturnType<typeof resolveDatabase>>['embedded'] = null;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await app?.close().catch((err: unknown) => logger.error({ err }, 'error while closing the app'));
    await embedded?.stop().catch((err: unknown) => logger.error({ err }, 'error while stopping the embedded database'));
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGHUP', () => void stop('SIGHUP'));
  try {
    const database = await resolveDatabase(config, logger);
    embedded = database.embedded;
    const url = database.url;
    await prepareDatabase(url, { seedDemo: config.seedDemo }, logger);
    app = await createApp(config, logger, url);
    await app.listen(config.port, config.host);
    logger.info({ url: config.publicUrl }, `Condivisa è pronta su ${config.publicUrl}`);
    // One plain line for the person at the terminal, beside the JSON logs.
    process.stderr.write(`\nCondivisa è pronta su ${config.publicUrl} (Ctrl-C per fermarla)\n\n`);
  } catch (error) {
    logger.fatal({ err: error }, 'startup failed');
    // Also in plain words on stderr: this is what a person at the terminal needs to read.
    process.stderr.write(`\nAvvio non riuscito: ${error instanceof Error ? error.message : String(error)}\n`);
    await app?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(1);
  }
}

void main();
