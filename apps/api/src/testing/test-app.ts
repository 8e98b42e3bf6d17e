import type { INestApplication } from '@nestjs/common';
import { createScratchDatabase, type ScratchDatabase } from '@condivisa/db';
import { Client } from 'pg';
import request from 'supertest';
import { inject } from 'vitest';
import { createApp, prepareDatabase } from '../bootstrap';
import { loadConfig, type AppConfig } from '../config/app-config';
import { createRootLogger } from '../common/logger';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  databaseUrl: string;
  /** Base URL of the listening server (http://127.0.0.1:PORT). */
  baseUrl: string;
  /** A raw connection to this test's database, for checks and for tampering in tests. */
  sql: Client;
  close(): Promise<void>;
}

/** Creates an empty database on the test server and returns its URL. */
export function createTestDatabase(): Promise<ScratchDatabase> {
  return createScratchDatabase(inject('adminDatabaseUrl'));
}

/**
 * The whole API on its own fresh database (migrated and seeded like `npm start`), listening on
 * a random port. Environment overrides go through the same validation as production.
 */
export async function startTestApp(env: Record<string, string> = {}, options: { seedDemo?: boolean } = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PORT: '0', DATABASE_URL: db.url, WEB_DIST_DIR: 'dist/apps/web', ...env });
  const logger = createRootLogger(config.logLevel);
  await prepareDatabase(db.url, { seedDemo: options.seedDemo ?? true }, logger);
  const app = await createApp(config, logger, db.url);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const sql = new Client({ connectionString: db.url });
  await sql.connect();
  return {
    app,
    config,
    databaseUrl: db.url,
    baseUrl: `http://127.0.0.1:${address.port}`,
    sql,
    async close() {
      await sql.end();
      await app.close();
      await db.drop();
    },
  };
}

/** A GraphQL client over supertest that keeps cookies between calls, like a browser. */
export function graphqlAgent(app: INestApplication) {
  const agent = request.agent(app.getHttpServer());
  return {
    agent,
    async gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) {
      const res = await agent.post('/graphql').set('content-type', 'application/json').send({ query, variables });
      return res.body as { data?: T | null; errors?: { message: string; extensions: { code: string; fields?: { field: string; message: string }[] } }[] };
    },
  };
}
