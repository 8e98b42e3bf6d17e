import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import swc from 'unplugin-swc';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const external = [
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  ...Object.keys(pkg.dependencies),
  ...Object.keys(pkg.devDependencies),
];

/**
 * Builds the API (and its CLI) into CommonJS bundles. Our libs are bundled in; npm packages stay
 * external and load from node_modules. SWC keeps the decorator metadata that Nest's DI needs.
 */
export default defineConfig({
  root,
  plugins: [swc.vite({ tsconfigFile: resolve(root, 'tsconfig.base.json') })],
  resolve: { tsconfigPaths: true },
  build: {
    ssr: true,
    target: 'node20',
    outDir: resolve(root, 'dist/apps/api'),
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    rollupOptions: {
      input: {
        main: resolve(root, 'apps/api/src/main.ts'),
        cli: resolve(root, 'apps/api/src/cli.ts'),
      },
      external: (id) => external.some((e) => id === e || id.startsWith(`${e}/`)),
      output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' },
    },
  },
});
