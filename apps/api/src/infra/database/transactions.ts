import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AsyncLocalStorage } from 'node:async_hooks';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';

/** PostgreSQL's "try again" errors: a deadlock victim, a serialization failure. */
const retryable = new Set(['40P01', '40001']);
const attempts = 3;

function isRetryable(error: unknown): boolean {
  const code = error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
  return code !== undefined && retryable.has(code);
}

/**
 * A transaction is one connection, and a connection runs one query at a time: node-postgres queues overlapping
 * ones only with a deprecation warning (and will refuse them). Views gather their parts with Promise.all, which
 * is right on the pool; in a transaction this chains them instead.
 */
function oneAtATime(manager: EntityManager): EntityManager {
  const runner = manager.queryRunner;
  if (!runner) return manager;
  const query = runner.query.bind(runner);
  let last: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: Parameters<typeof query>) => {
    const next = last.then(() => query(...args));
    last = next.catch(() => undefined);
    return next;
  }) as typeof runner.query;
  return manager;
}

/**
 * The transaction of the work in progress. Repositories read and write through `manager()`, so a use case
 * that runs in `run()` sees its own writes wherever they were made, and a request that must commit as a whole
 * (an idempotent create: the key and what it creates) wraps every service it calls in one transaction.
 */
@Injectable()
export class Transactions {
  private readonly ambient = new AsyncLocalStorage<EntityManager>();
  private readonly logger = new Logger('Transactions');

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The current transaction's manager, or the pool's outside of one. */
  manager(): EntityManager {
    return this.ambient.getStore() ?? this.db.manager;
  }

  inTransaction(): boolean {
    return this.ambient.getStore() !== undefined;
  }

  /**
   * Runs `work` in the current transaction, or in a new one that commits when it returns. A new one that
   * loses a deadlock or a serialization conflict is run again (the work must have no effect outside it).
   */
  async run<T>(work: (manager: EntityManager) => Promise<T>, isolation: IsolationLevel = 'READ COMMITTED'): Promise<T> {
    const current = this.ambient.getStore();
    if (current) return work(current);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.transaction(isolation, (manager) => this.ambient.run(manager, () => work(oneAtATime(manager))));
      } catch (error) {
        if (attempt >= attempts || !isRetryable(error)) throw error;
        this.logger.warn(`Transaction retried after ${(error as QueryFailedError).message} (attempt ${attempt})`);
      }
    }
  }
}
