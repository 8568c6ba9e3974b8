import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Transactions } from '../database/transactions';
import { jobSchema, type QueueName } from './queues';

export type JobHandler<T> = (data: T) => Promise<void>;

/**
 * Jobs in PostgreSQL (pg-boss): a job is sent in the transaction of the change that causes it, so that it exists
 * exactly when the change does, and every API instance works the queues; pg-boss hands each job to one of them
 * (SELECT … FOR UPDATE SKIP LOCKED), retries a failed one with backoff, and keeps them across restarts.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly boss: PgBoss;
  private readonly handlers = new Map<QueueName, JobHandler<never>>();
  private readonly schedules = new Map<QueueName, string>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig & { databaseUrl: string },
    private readonly tx: Transactions,
  ) {
    // A small pool of its own: polling and sending outside a transaction; three connections per instance.
    this.boss = new PgBoss({ connectionString: config.databaseUrl, schema: jobSchema, max: 3, application_name: 'belong-jobs' });
    this.boss.on('error', (error) => this.logger.error(error.message));
  }

  /** Called by the module that owns the work, in its constructor or `onModuleInit`. */
  handle<T>(queue: QueueName, handler: JobHandler<T>): void {
    this.handlers.set(queue, handler);
  }

  /**
   * Runs the queue's job on a cron schedule (UTC). pg-boss sends each due job once, whichever instance's clock
   * sees it first.
   */
  every(queue: QueueName, cron: string): void {
    this.schedules.set(queue, cron);
  }

  /** Sends a job in the current transaction: it is there once that commits, and never if it rolls back. */
  async send(queue: QueueName, data: object, options: { singletonKey?: string; startAfter?: Date } = {}): Promise<void> {
    const manager = this.tx.manager();
    const db = { executeSql: async (text: string, values: unknown[]) => ({ rows: rowsOf(await manager.query(text, values)) }) };
    await this.boss.send(queue, data, { ...options, db });
  }

  async onApplicationBootstrap(): Promise<void> {
    // Installed by the migrations (prepareJobs); a newer pg-boss migrates its own schema here, under its lock.
    await this.boss.start();
    for (const [queue, handler] of this.handlers) {
      await this.boss.work<object>(queue, { batchSize: 1, pollingIntervalSeconds: this.config.jobPollSeconds }, async ([job]) => {
        if (job) await handler(job.data as never);
      });
    }
    for (const [queue, cron] of this.schedules) await this.boss.schedule(queue, cron, {}, { tz: 'UTC' });
  }

  async onModuleDestroy(): Promise<void> {
    // Running jobs may finish (up to 15 s) before the pool they use closes; one cut short is retried elsewhere.
    // A queue that fails to stop must not stop the rest of the shutdown (HTTP, the pool, PostgreSQL).
    await this.boss.stop({ graceful: true, wait: true, timeout: 15_000 }).catch((error: unknown) => {
      this.logger.error(`The job queue did not stop cleanly: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  /** Jobs not finished yet, per queue (for tests and the outbox page). */
  pending(queue: QueueName): Promise<number> {
    return this.boss.getQueueSize(queue);
  }
}

/** TypeORM answers an UPDATE or DELETE with [rows, count], anything else with the rows. */
function rowsOf(result: unknown): unknown[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0];
  return Array.isArray(result) ? result : [];
}
