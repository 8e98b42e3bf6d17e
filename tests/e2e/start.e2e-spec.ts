import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/database.global-setup';
import { CLI, freshDatabase, gql, runProcess, startAppProcess } from '../support/app-process';

const DEMO = { e: 'coordinatrice@condivisa.example', p: 'Condivisa-Demo-2025!' };
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { displayName } }';

describe('npm start on the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'condivisa-start-'));
  chmodSync(dataDir, 0o755); // mkdtemp makes it private; the postgres user must traverse it
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts PostgreSQL itself, seeds, stops cleanly on Ctrl-C and keeps the data for the next start', async () => {
    const env = { CONDIVISA_DATA_DIR: join(dataDir, 'data'), EMBEDDED_PG_PORT: String(await freePort()), PORT: String(await freePort()) };
    const first = await startAppProcess(env);
    const jar = {};
    expect((await gql<{ login: { displayName: string } }>(first.baseUrl, LOGIN, DEMO, jar)).data!.login.displayName).toBe('Carla Coordinatrice (demo)');
    const ambiti = await gql<{ ambiti: { comuni: unknown[] }[] }>(first.baseUrl, '{ ambiti { comuni { id } } }');
    expect(ambiti.data!.ambiti).toHaveLength(14);
    expect(ambiti.data!.ambiti.flatMap((a) => a.comuni)).toHaveLength(242);
    // A change made in this run must survive the restart.
    const adminJar = {};
    await gql(first.baseUrl, LOGIN, { e: 'admin@condivisa.example', p: DEMO.p }, adminJar);
    const updated = await gql(first.baseUrl, 'mutation { updateOrganization(id: "csv", input: { notes: "dopo il riavvio" }) { id } }', {}, adminJar);
    expect(updated.errors).toBeUndefined();
    expect(await first.stop()).toBe(0);
    expect(first.output()).toMatch(/"msg":"stopped"/);
    // The embedded PostgreSQL stopped with the app: its port is free again.
    const probe = await import('node:net').then((net) => new Promise<boolean>((r) => {
      const s = net.connect(Number(env.EMBEDDED_PG_PORT), '127.0.0.1');
      s.once('connect', () => { s.destroy(); r(true); });
      s.once('error', () => r(false));
    }));
    expect(probe).toBe(false);

    const second = await startAppProcess(env);
    const notes = await gql<{ organization: { notes: string } }>(second.baseUrl, '{ organization(id: "csv") { notes } }');
    expect(notes.data!.organization.notes).toBe('dopo il riavvio');
    const count = await gql<{ organizations: unknown[] }>(second.baseUrl, '{ organizations { id } }');
    expect(count.data!.organizations).toHaveLength(70);
    expect(await second.stop()).toBe(0);
  });

  it.runIf(userInfo().uid === 0)('as root, explains what to do when the data folder is unreachable for the postgres user', async () => {
    const locked = join(dataDir, 'locked');
    mkdirSync(locked, { mode: 0o700 });
    const res = await runProcess([CLI.replace('cli.cjs', 'main.cjs')], {
      CONDIVISA_DATA_DIR: join(locked, 'data'), EMBEDDED_PG_PORT: String(await freePort()), PORT: String(await freePort()),
    });
    expect(res.code).toBe(1);
    expect(res.output).toMatch(/CONDIVISA_DATA_DIR/);
    expect(res.output).toMatch(/chmod o\+x/);
  });
});

describe('npm start with DATABASE_URL', () => {
  it('uses that server and starts no database of its own', async () => {
    const db = await freshDatabase();
    const dataDir = mkdtempSync(join(tmpdir(), 'condivisa-ext-'));
    try {
      const app = await startAppProcess({ DATABASE_URL: db.url, CONDIVISA_DATA_DIR: join(dataDir, 'data'), PORT: String(await freePort()) });
      expect((await gql<{ login: unknown }>(app.baseUrl, LOGIN, DEMO)).data!.login).toBeTruthy();
      expect(app.output()).toMatch(/using the PostgreSQL server given by DATABASE_URL/);
      expect(await app.stop()).toBe(0);
      expect(existsSync(join(dataDir, 'data'))).toBe(false);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      await db.drop();
    }
  });

  it('refuses a bad configuration with a message naming the variable', async () => {
    const res = await runProcess([CLI.replace('cli.cjs', 'main.cjs')], { PORT: 'tremila', DATABASE_URL: 'mysql://nope' });
    expect(res.code).toBe(78);
    expect(res.output).toMatch(/PORT/);
    expect(res.output).toMatch(/DATABASE_URL/);
  });
});

describe('npm run create-admin', () => {
  it('refuses a weak password, then creates an administrator without demo data', async () => {
    const db = await freshDatabase();
    try {
      const weak = await runProcess([CLI, 'create-admin', '--email', 'capo@ente.example', '--password', 'password'], { DATABASE_URL: db.url });
      expect(weak.code).toBe(2);
      expect(weak.output).toMatch(/Password troppo debole/);
      const ok = await runProcess([CLI, 'create-admin', '--email', 'capo@ente.example', '--password', 'Una-Password-Da-Admin-1'], { DATABASE_URL: db.url });
      expect(ok.output).toMatch(/Amministratore pronto: capo@ente.example/);
      expect(ok.code).toBe(0);
      const app = await startAppProcess({ DATABASE_URL: db.url, SEED_DEMO: 'false', PORT: String(await freePort()) });
      try {
        const login = await gql<{ login: unknown }>(app.baseUrl, 'mutation { login(email: "capo@ente.example", password: "Una-Password-Da-Admin-1") { platformRole } }');
        expect(login.data!.login).toEqual({ platformRole: 'ADMIN' });
        const demo = await gql(app.baseUrl, LOGIN, DEMO);
        expect(demo.errors![0]!.extensions.code).toBe('INVALID_CREDENTIALS');
      } finally {
        await app.stop();
      }
    } finally {
      await db.drop();
    }
  });
});
