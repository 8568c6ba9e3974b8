import { DataSource, type DataSourceOptions } from 'typeorm';
import { migrations } from '@belong/migrations';
import { prepareJobs } from '../jobs/queues';
import { withAdvisoryLock } from './advisory-lock';
import { SqlLogger } from './sql-logger';

/** The connection; entities come from the modules that own them (see DatabaseModule), migrations from migrations/. */
export function dataSourceOptions(url: string, logger = new SqlLogger(false)): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [],
    migrations,
    synchronize: false,
    migrationsRun: false,
    logger,
    maxQueryExecutionTime: 1000,
    extra: { max: 10, application_name: 'belong' },
  };
}

/**
 * Runs every pending migration, then installs the job queue's schema (pg-boss's own, versioned by pg-boss); used
 * at start-up, by `npm run db:migrate` and by the test template. Under an advisory lock: of instances that start
 * together, one migrates and the others then find nothing left to do.
 */
export function migrate(url: string, list: DataSourceOptions['migrations'] = migrations): Promise<string[]> {
  return withAdvisoryLock(url, 'belong:migrate', () => migrateNow(url, list));
}

async function migrateNow(url: string, list: DataSourceOptions['migrations']): Promise<string[]> {
  const dataSource = new DataSource({ ...dataSourceOptions(url), migrations: list });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    await prepareJobs(url);
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
