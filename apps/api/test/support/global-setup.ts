import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// From source, not from the built package: the template always has the migrations as they are now.
import { migrations } from '../../../../migrations/index';
import { migrate } from '../../src/infra/database/data-source';
import { startEmbeddedPostgres, type RunningPostgres } from '../../src/infra/database/embedded-postgres';
import { env, onServer, urlFor } from './test-database';

declare global {
  var belongTestPostgres: { server?: RunningPostgres; serverUrl: string; template: string } | undefined;
}

/**
 * One PostgreSQL for the whole run: the embedded one in a temporary folder, or TEST_DATABASE_URL's server.
 * The schema is migrated once into a template; each test file clones it (CREATE DATABASE … TEMPLATE).
 */
export default async function globalSetup(): Promise<void> {
  const external = process.env.TEST_DATABASE_URL;
  // World-traversable temporary folder: as root, PostgreSQL runs as the postgres user.
  const server = external
    ? undefined
    : await startEmbeddedPostgres({ dir: join(mkdtempSync(join(tmpdir(), 'belong-test-')), 'pg'), persistent: false });
  const serverUrl = external ?? server!.url;
  const template = `belong_template_${process.pid}`;
  await onServer(serverUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${template}"`);
  });
  await migrate(urlFor(serverUrl, template), migrations);
  process.env[env.serverUrl] = serverUrl;
  process.env[env.template] = template;
  globalThis.belongTestPostgres = { server, serverUrl, template };
}
