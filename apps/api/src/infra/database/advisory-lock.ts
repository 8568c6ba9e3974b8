import { Client } from 'pg';

/**
 * Runs `work` while holding a PostgreSQL advisory lock named `name`, on a connection of its own: instances that
 * start together on one database take turns (migrations, seeding), the second then finds the work done. The
 * lock ends with the connection, so a process that dies mid-way never leaves it held.
 */
export async function withAdvisoryLock<T>(url: string, name: string, work: () => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: `belong-lock:${name}` });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    return await work();
  } finally {
    await client.end();
  }
}
