import PgBoss from 'pg-boss';

/** pg-boss keeps its tables in a schema of their own. */
export const jobSchema = 'pgboss';

/**
 * Every queue, with how its jobs are retried: sending mail tries for about a day (backoff doubles from a
 * minute), as a mail server that is down for hours still gets the message in the end.
 */
export const queues = {
  'mail.send': { retryLimit: 10, retryDelay: 60, retryBackoff: true, expireInSeconds: 120 },
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
