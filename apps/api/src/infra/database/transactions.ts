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

interface Steps {
  last: Map<string, () => Promise<void>>;
  after: Array<() => Promise<void>>;
}

/**
 * The transaction of the work in progress. Repositories read and write through `manager()`, so a use case
 * that runs in `run()` sees its own writes wherever they were made, and a request that must commit as a whole
 * (an idempotent create: the key and what it creates) wraps every service it calls in one transaction.
 */
@Injectable()
export class Transactions {
  private readonly ambient = new AsyncLocalStorage<EntityManager>();
  /** What the current transaction does last, just before it commits, and what follows once it has. */
  private readonly steps = new AsyncLocalStorage<Steps>();
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
        const steps: Steps = { last: new Map(), after: [] };
        const inTransaction = (manager: EntityManager) =>
          this.ambient.run(manager, () =>
            this.steps.run(steps, async () => {
              const result = await work(oneAtATime(manager));
              // In the order of their keys, so that two transactions take the same rows in the same order.
              for (const key of [...steps.last.keys()].sort()) await steps.last.get(key)!();
              return result;
            }),
          );
        // READ COMMITTED is PostgreSQL's default (a server set stricter only adds retries): saying so again
        // would cost every write a round trip.
        const result = await (isolation === 'READ COMMITTED'
          ? this.db.transaction(inTransaction)
          : this.db.transaction(isolation, inTransaction));
        await this.runAfterCommit(steps.after);
        return result;
      } catch (error) {
        if (attempt >= attempts || !isRetryable(error)) throw error;
        this.logger.warn(`Transaction retried after ${(error as QueryFailedError).message} (attempt ${attempt})`);
      }
    }
  }

  /**
   * Runs `step` as the last thing the current transaction does before it commits, once per key however often
   * it is asked: for a row that many writers raise (a counter), whose lock is then held for one round trip
   * rather than for the whole transaction.
   */
  beforeCommit(key: string, step: () => Promise<void>): void {
    const steps = this.current();
    if (!steps.last.has(key)) steps.last.set(key, step);
  }

  /**
   * Runs `step` once the current transaction has committed (never when it rolls back), outside it: for what
   * must not hold the transaction open, such as a NOTIFY, which PostgreSQL serialises across all committing
   * transactions. The write stands whatever the step does; a failed step is logged.
   */
  afterCommit(step: () => Promise<void>): void {
    this.current().after.push(step);
  }

  private current(): Steps {
    const steps = this.steps.getStore();
    if (!steps) throw new Error('A transaction step needs a transaction');
    return steps;
  }

  private async runAfterCommit(steps: Array<() => Promise<void>>): Promise<void> {
    for (const step of steps) {
      await step().catch((error: unknown) => this.logger.warn(`After a commit: ${error instanceof Error ? error.message : String(error)}`));
    }
  }
}
