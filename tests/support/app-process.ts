import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createScratchDatabase, type ScratchDatabase } from '@condivisa/db';
import { inject } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../..');
export const MAIN = resolve(ROOT, 'dist/apps/api/main.cjs');
export const CLI = resolve(ROOT, 'dist/apps/api/cli.cjs');

export interface AppProcess {
  child: ChildProcess;
  baseUrl: string;
  output(): string;
  /** Sends SIGINT (Ctrl-C) and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts the built app (`node dist/apps/api/main.cjs`) the way `npm start` does, and waits until /readyz answers 200. */
export async function startAppProcess(env: Record<string, string>, timeoutMs = 90_000): Promise<AppProcess> {
  const port = env['PORT'];
  if (!port) throw new Error('PORT is required');
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app exited with ${child.exitCode}:\n${out}`);
    const ok = await fetch(`${baseUrl}/readyz`).then((r) => r.status === 200, () => false);
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`app not ready after ${timeoutMs} ms:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    child,
    baseUrl,
    output: () => out,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGINT');
      return exited;
    },
  };
}

/** Runs a built command to completion. */
export function runProcess(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.once('exit', (code) => resolveRun({ code, output }));
  });
}

/** A fresh database on the test server (embedded or DATABASE_URL), dropped by the returned function. */
export function freshDatabase(): Promise<ScratchDatabase> {
  return createScratchDatabase(inject('adminDatabaseUrl'), 'condivisa_e2e');
}

/** POSTs a GraphQL operation with fetch, keeping the session cookie in `jar`. */
export async function gql<T>(baseUrl: string, query: string, variables: Record<string, unknown> = {}, jar: { cookie?: string } = {}) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(jar.cookie ? { cookie: jar.cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const setCookie = res.headers.get('set-cookie');
  if (setCookie) jar.cookie = setCookie.split(';')[0];
  return (await res.json()) as { data?: T; errors?: { message: string; extensions: { code: string } }[] };
}
