import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from './infra/config/config';
import { dataSourceOptions, migrate } from './infra/database/data-source';
import { startEmbeddedPostgres } from './infra/database/embedded-postgres';

/** `npm run db:migrate` and `npm run db:revert`, on DATABASE_URL or on the embedded server in DATA_DIR. */
async function main(command: string | undefined): Promise<void> {
  if (command !== 'migrate' && command !== 'revert') throw new Error('Usage: db-cli migrate|revert');
  const config = loadConfig(process.env);
  mkdirSync(config.dataDir, { recursive: true });
  const database = config.databaseUrl
    ? { url: config.databaseUrl, stop: () => Promise.resolve() }
    : await startEmbeddedPostgres({ dir: join(config.dataDir, 'postgres'), persistent: true });
  try {
    if (command === 'migrate') {
      const applied = await migrate(database.url);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Nothing to migrate');
    } else {
      const dataSource = new DataSource(dataSourceOptions(database.url));
      await dataSource.initialize();
      await dataSource.undoLastMigration({ transaction: 'each' });
      await dataSource.destroy();
      console.log('Reverted the last migration');
    }
  } finally {
    await database.stop();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
