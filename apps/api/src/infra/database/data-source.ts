import { DataSource, type DataSourceOptions } from 'typeorm';
import { migrations } from '@belong/migrations';
import { entities } from './entities';

export function dataSourceOptions(url: string, logSql = false): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    // Failed queries reach the problem filter, which logs them once; LOG_SQL=true shows every query.
    logging: logSql ? ['query', 'error'] : false,
    extra: { max: 10, application_name: 'belong' },
  };
}

/** Runs every pending migration; used at start-up, by `npm run db:migrate` and by the test template. */
export async function migrate(url: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
