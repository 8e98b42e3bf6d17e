import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@condivisa/db';
import type { TestProject } from 'vitest/node';

let embedded: EmbeddedDatabase | null = null;
let dataDir: string | null = null;

/** Finds a free TCP port by letting the kernel choose one. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * With DATABASE_URL (CI's second pass: the machine's PostgreSQL service) the tests use that
 * server; otherwise one embedded PostgreSQL is started for the whole run in a temporary folder.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env['DATABASE_URL']) {
    project.provide('adminDatabaseUrl', process.env['DATABASE_URL']);
    return async () => undefined;
  }
  dataDir = mkdtempSync(join(tmpdir(), 'condivisa-test-db-'));
  embedded = await startEmbeddedDatabase({ dataDir, port: await freePort(), databaseName: 'condivisa_admin' });
  project.provide('adminDatabaseUrl', embedded.url);
  return async () => {
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
