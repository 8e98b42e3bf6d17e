import { openDataSource, seedDemo, seedInstruments, seedPlan, seedTerritory } from '@condivisa/db';
import { ErrorCode } from '@condivisa/domain';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import pinoHttp from 'pino-http';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import { PinoNestLogger } from './common/logger';
import { PasswordHasher } from './identity/password-hasher';
import { CollabGateway } from './documents/collab-gateway';
import { serveWebApp } from './web/serve-web';

/** Applies migrations and loads the territory, the plan and the instrument map (always) and the demo accounts (when asked). */
export async function prepareDatabase(databaseUrl: string, options: { seedDemo: boolean }, logger: Logger): Promise<void> {
  const ds = await openDataSource(databaseUrl);
  try {
    await seedTerritory(ds);
    await seedPlan(ds);
    await seedInstruments(ds);
    if (options.seedDemo) {
      const hasher = new PasswordHasher();
      await seedDemo(ds, (p) => hasher.hash(p));
    }
    logger.info({ demo: options.seedDemo }, 'database ready: migrations applied, seed loaded');
  } finally {
    await ds.destroy();
  }
}

/** Builds the whole HTTP application (API, GraphQL over HTTP and WebSocket, web app) without listening. */
export async function createApp(config: AppConfig, logger: Logger, databaseUrl: string): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, logger, databaseUrl }), {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
  });
  app.set('trust proxy', config.trustProxy);
  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' } }));
  app.use(cookieParser());
  app.use(express.json({ limit: config.bodyLimitBytes }));
  app.use(bodyErrorHandler(config.bodyLimitBytes));
  serveWebApp(app, config.webDistDir, logger);
  await app.init();
  // The y-websocket gateway shares the HTTP server (and port) with the API: /collab/<documentId>.
  app.get(CollabGateway).attach(app.getHttpServer());
  return app;
}

/** A body that is too large or not JSON gets a GraphQL-shaped error with a code, not an HTML page. */
function bodyErrorHandler(limit: number) {
  return (err: { type?: string; status?: number } | undefined, _req: Request, res: Response, next: NextFunction) => {
    if (!err) return next();
    if (err.type === 'entity.too.large') {
      res.status(413).json({ errors: [{ message: `Richiesta troppo grande (massimo ${limit} byte)`, extensions: { code: ErrorCode.PayloadTooLarge } }] });
      return;
    }
    if (err.type === 'entity.parse.failed' || err.status === 400) {
      res.status(400).json({ errors: [{ message: 'Corpo della richiesta non valido (JSON malformato)', extensions: { code: ErrorCode.BadUserInput } }] });
      return;
    }
    next(err);
  };
}
