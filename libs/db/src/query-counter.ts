import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * Counts the SQL statements this process sends through TypeORM. Tests read it to prove a page
 * runs a bounded number of queries (no N+1); it costs one increment per query.
 */
export const queryCounter = { count: 0 };

/** TypeORM logger: counts every query, reports only errors (to the given sink). */
export class CountingLogger implements TypeOrmLogger {
  constructor(private readonly onError: (message: string, detail: unknown) => void = (m, d) => console.error(m, d)) {}

  logQuery(): void {
    queryCounter.count++;
  }

  logQueryError(error: string | Error, query: string): void {
    queryCounter.count++;
    this.onError(`query failed: ${query}`, error);
  }

  logQuerySlow(): void {}

  logSchemaBuild(): void {}

  logMigration(): void {}

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.onError('typeorm warning', message);
  }
}
