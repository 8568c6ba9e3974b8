import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/infra/database/data-source';
import { env, onServer, requireEnv, urlFor } from './support/test-database';

describe('migrations', () => {
  const name = `belong_migrations_${process.pid}`;
  let dataSource: DataSource;

  beforeAll(async () => {
    await onServer(requireEnv(env.serverUrl), (c) => c.query(`CREATE DATABASE "${name}"`));
    dataSource = new DataSource(dataSourceOptions(urlFor(requireEnv(env.serverUrl), name)));
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await onServer(requireEnv(env.serverUrl), (c) => c.query(`DROP DATABASE "${name}" WITH (FORCE)`));
  });

  const tables = async () =>
    (
      await dataSource.query<Array<{ tablename: string }>>(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`,
      )
    ).map((r) => r.tablename);

  it('run up, all the way down, and up again', async () => {
    const migrationCount = dataSource.migrations.length;
    expect((await dataSource.runMigrations()).length).toBe(migrationCount);
    expect(await tables()).toEqual([
      'approvals',
      'audit_events',
      'comments',
      'digest_runs',
      'endorsements',
      'idempotency_keys',
      'invitations',
      'live_events',
      'mail_messages',
      'memberships',
      'notification_deliveries',
      'notification_settings',
      'notifications',
      'organisations',
      'password_resets',
      'proposals',
      'recommendation_responses',
      'recommendation_sources',
      'recommendations',
      'regions',
      'rendered_documents',
      'section_revisions',
      'section_translations',
      'sections',
      'sessions',
      'sign_in_throttle',
      'strategies',
      'strategy_stamps',
      'strategy_versions',
      'unsubscribe_links',
      'users',
    ]);
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM regions`)).toEqual([{ n: 11 }]);

    for (let i = 0; i < migrationCount; i++) await dataSource.undoLastMigration();
    expect(await tables()).toEqual([]);

    expect((await dataSource.runMigrations()).length).toBe(migrationCount);
    expect(await dataSource.query(`SELECT code FROM regions ORDER BY code`)).toHaveLength(11);
    expect(await dataSource.showMigrations()).toBe(false);
  });
});
