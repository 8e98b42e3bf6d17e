import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
// SWC keeps decorator metadata (esbuild drops it and Nest DI would inject undefined).
const plugins = [swc.vite({ tsconfigFile: resolve(root, 'tsconfig.base.json') })];
// One graphql for everybody: Vite would pick graphql's ESM build for our code while Nest and
// Apollo require the CommonJS one, and graphql refuses types "from another module or realm".
const graphqlCjs = createRequire(import.meta.url).resolve('graphql');
const shared = { plugins, resolve: { tsconfigPaths: true, alias: [{ find: /^graphql$/, replacement: graphqlCjs }] } };

/**
 * One command runs every test (`npm test`). Projects:
 * - unit: pure logic beside the code (*.spec.ts), no database;
 * - int: the API against a real PostgreSQL (*.int-spec.ts), embedded or DATABASE_URL;
 * - e2e: whole processes and a real browser (tests/**\/*.e2e-spec.ts), on the built app;
 * - services: several API instances on the machine's PostgreSQL and Redis (only with REDIS_URL).
 */
export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: { name: 'unit', root, include: ['libs/**/*.spec.ts', 'apps/**/*.spec.ts', 'tests/**/*.spec.ts'], environment: 'node' },
      },
      {
        ...shared,
        test: {
          name: 'int',
          root,
          include: ['libs/**/*.int-spec.ts', 'apps/**/*.int-spec.ts'],
          globalSetup: ['tests/support/database.global-setup.ts'],
          setupFiles: ['tests/support/reflect-metadata.setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: true,
        },
      },
      {
        ...shared,
        test: {
          name: 'e2e',
          root,
          include: ['tests/**/*.e2e-spec.ts'],
          globalSetup: ['tests/support/database.global-setup.ts'],
          setupFiles: ['tests/support/reflect-metadata.setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      // Needs the machine's Redis and PostgreSQL: CI's second pass sets REDIS_URL and DATABASE_URL.
      ...(process.env['REDIS_URL']
        ? [
            {
              ...shared,
              test: {
                name: 'services',
                root,
                include: ['tests/services/**/*.services-spec.ts'],
                globalSetup: ['tests/support/database.global-setup.ts'],
                setupFiles: ['tests/support/reflect-metadata.setup.ts'],
                testTimeout: 120_000,
                hookTimeout: 180_000,
                fileParallelism: false,
              },
            },
          ]
        : []),
    ],
  },
});
