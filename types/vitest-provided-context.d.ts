import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by tests/support/database.global-setup.ts: a PostgreSQL URL whose user may CREATE DATABASE. */
    adminDatabaseUrl: string;
  }
}
