import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'deve iniziare con postgres:// o postgresql://')
    .optional(),
  CONDIVISA_DATA_DIR: z.string().min(1).default('./.data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  SEED_DEMO: bool.default(true),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'deve iniziare con smtp:// o smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Condivisa <noreply@condivisa.example>'),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  COOKIE_SECURE: bool.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOGIN_MAX_ATTEMPTS_PER_EMAIL: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_ATTEMPTS_PER_IP: z.coerce.number().int().min(1).default(30),
  LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(15 * 60),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1024 * 1024),
  WEB_DIST_DIR: z.string().default('dist/apps/web'),
  /** With Redis, live documents and GraphQL subscriptions fan out across instances. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'deve iniziare con redis:// o rediss://')
    .optional(),
  COLLAB_MAX_MESSAGE_BYTES: z.coerce.number().int().min(1024).default(1024 * 1024),
  COLLAB_MAX_DOCUMENT_BYTES: z.coerce.number().int().min(1024).default(16 * 1024 * 1024),
  /** Updates reach the database at most this long after they arrive. */
  COLLAB_FLUSH_MS: z.coerce.number().int().min(1).max(100).default(20),
  COLLAB_TICKET_TTL_SECONDS: z.coerce.number().int().min(10).max(24 * 3600).default(600),
  /** Express "trust proxy": which proxies may set X-Forwarded-For (the client address rate limits use). */
  TRUST_PROXY: z.string().min(1).default('loopback'),
});

/** The validated configuration, read once at boot and injected everywhere else. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  seedDemo: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  sessionTtlHours: number;
  cookieSecure: boolean;
  logLevel: string;
  login: { maxPerEmail: number; maxPerIp: number; windowSeconds: number };
  graphqlMaxDepth: number;
  bodyLimitBytes: number;
  webDistDir: string;
  trustProxy: string;
  redisUrl: string | undefined;
  collab: { maxMessageBytes: number; maxDocumentBytes: number; flushWindowMs: number; ticketTtlSeconds: number };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Thrown when the environment is invalid; the message names every bad variable. */
export class ConfigError extends Error {}

/** Reads and validates the environment. Unknown variables are ignored; empty strings count as unset. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message} (valore: ${JSON.stringify(cleaned[String(i.path[0])])})`);
    throw new ConfigError(`Configurazione non valida:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    nodeEnv: c.NODE_ENV,
    port: c.PORT,
    host: c.HOST,
    publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ''),
    databaseUrl: c.DATABASE_URL,
    dataDir: c.CONDIVISA_DATA_DIR,
    embeddedPgPort: c.EMBEDDED_PG_PORT,
    seedDemo: c.SEED_DEMO,
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    sessionTtlHours: c.SESSION_TTL_HOURS,
    cookieSecure: c.COOKIE_SECURE,
    logLevel: c.LOG_LEVEL,
    login: {
      maxPerEmail: c.LOGIN_MAX_ATTEMPTS_PER_EMAIL,
      maxPerIp: c.LOGIN_MAX_ATTEMPTS_PER_IP,
      windowSeconds: c.LOGIN_WINDOW_SECONDS,
    },
    graphqlMaxDepth: c.GRAPHQL_MAX_DEPTH,
    bodyLimitBytes: c.BODY_LIMIT_BYTES,
    webDistDir: c.WEB_DIST_DIR,
    trustProxy: c.TRUST_PROXY,
    redisUrl: c.REDIS_URL,
    collab: {
      maxMessageBytes: c.COLLAB_MAX_MESSAGE_BYTES,
      maxDocumentBytes: c.COLLAB_MAX_DOCUMENT_BYTES,
      flushWindowMs: c.COLLAB_FLUSH_MS,
      ticketTtlSeconds: c.COLLAB_TICKET_TTL_SECONDS,
    },
  };
}
