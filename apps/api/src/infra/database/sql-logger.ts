import { Logger as NestLogger } from '@nestjs/common';
import type { Logger } from 'typeorm';

/**
 * TypeORM's logger: counts every query (tests assert that a read issues a fixed number of them, whatever
 * the size of the data) and prints them when LOG_SQL is on.
 */
export class SqlLogger implements Logger {
  private readonly nest = new NestLogger('SQL');
  queries = 0;

  constructor(private readonly printQueries: boolean) {}

  logQuery(query: string, parameters?: unknown[]): void {
    this.queries++;
    if (this.printQueries) this.nest.log(parameters?.length ? `${query} -- ${JSON.stringify(parameters)}` : query);
  }

  logQueryError(): void {
    // The problem filter logs the failure once, with its stack.
  }

  logQuerySlow(time: number, query: string): void {
    this.nest.warn(`${time} ms: ${query}`);
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    if (this.printQueries) this.nest.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.nest.warn(String(message));
  }
}
