import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Set by the global setup for every test worker. */
export const env = {
  /** A connection URL of the server, on its maintenance database. */
  serverUrl: 'BELONG_TEST_SERVER_URL',
  /** The migrated template every test file clones. */
  template: 'BELONG_TEST_TEMPLATE',
} as const;

export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through jest (npm test), whose global setup starts PostgreSQL`);
  return value;
}

export function urlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function onServer<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A database of its own for one test file, cloned from the migrated template in a few milliseconds. */
export async function cloneTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = requireEnv(env.serverUrl);
  const template = requireEnv(env.template);
  const name = `belong_test_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return {
    url: urlFor(serverUrl, name),
    drop: () => onServer(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
