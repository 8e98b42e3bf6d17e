import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';

const API_PREFIXES = ['/graphql', '/healthz', '/readyz', '/collab', '/metrics', '/export', '/calendar', '/feeds', '/open-data'];

/**
 * Serves the built web app from the same origin as the API, with index.html for every route
 * the browser owns (so a reload of /territorio works).
 */
export function serveWebApp(app: NestExpressApplication, distDir: string, logger: Logger): void {
  const root = resolve(distDir);
  const index = join(root, 'index.html');
  if (!existsSync(index)) {
    logger.warn({ root }, 'web app not built: only the API is served (run `npm run build`)');
    return;
  }
  app.use(express.static(root, { index: false, maxAge: '1h', immutable: false }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isApi = API_PREFIXES.some((p) => req.path === p || req.path.startsWith(`${p}/`));
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApi) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
