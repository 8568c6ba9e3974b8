import PgBoss from 'pg-boss';

/** pg-boss keeps its tables in a schema of their own. */
export const jobSchema = 'pgboss';

/**
 * Every queue, with how its jobs are retried: sending mail tries for about a day (backoff doubles from a
 * minute), as a mail server that is down for hours still gets the message in the end. A handler must be
 * idempotent: a job may run again after its worker died.
 */
export const queues = {
  'mail.send': { retryLimit: 10, retryDelay: 60, retryBackoff: true, expireInSeconds: 120 },
  /** Writes one notification's email (then sent by mail.send). */
  'notification.email': { retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
  /** Every quarter of an hour: the daily digests of the people for whom it is now 07:00. */
  'notification.digest': { retryLimit: 2, retryDelay: 60, retryBackoff: false, expireInSeconds: 600 },
} satisfies Record<string, Omit<PgBoss.Queue, 'name'>>;

export type QueueName = keyof typeof queues;

/**
 * Installs (or brings up to date) pg-boss's schema and creates the queues: run with the migrations, so that the
 * test template has them and instances that start together find them made. Both steps are idempotent.
 */
export async function prepareJobs(url: string): Promise<void> {
  const boss = new PgBoss({ connectionString: url, schema: jobSchema, max: 1, supervise: false, schedule: false });
  await boss.start();
  try {
    for (const [name, options] of Object.entries(queues)) await boss.createQueue(name, { name, ...options });
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
