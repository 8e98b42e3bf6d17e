import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = import.meta.dirname;
// The API the dev server forwards to; override to point at another instance.
const api = process.env.CONDIVISA_API_URL ?? 'http://localhost:3000';

/**
 * The web app. In development Vite serves it on :5173 and forwards the API paths to the NestJS
 * API on :3000, so the session cookie stays same-origin. In production the API serves dist/apps/web.
 */
export default defineConfig({
  root,
  plugins: [react()],
  // @condivisa/domain (the Italian labels of the instrument map) resolves through tsconfig.base.json.
  resolve: { tsconfigPaths: true },
  build: {
    outDir: resolve(root, '../../dist/apps/web'),
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: false },
      // The live socket of documents (y-websocket): /collab/<documentId>?ticket=…
      '/collab': { target: api, ws: true, changeOrigin: false },
      '/healthz': { target: api },
      '/readyz': { target: api },
      '/open-data': { target: api },
    },
  },
  preview: { port: 4173 },
});
