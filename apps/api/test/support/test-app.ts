import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createApp } from '../../src/create-app';
import { loadConfig, type AppConfig } from '../../src/infra/config/config';
import { SqlLogger } from '../../src/infra/database/sql-logger';
import { seed } from '../../src/seed/seed';
import { startServer } from './server-process';
import { watchResponses } from './response-recorder';
import { cloneTestDatabase } from './test-database';

export const testAdmin = { email: 'admin@test.belong.eu', password: 'admin passphrase 2026' };

export interface TestApp {
  app: INestApplication;
  config: AppConfig & { databaseUrl: string };
  db: DataSource;
  /** A request against the app over real HTTP. */
  http(): ReturnType<typeof request>;
  close(): Promise<void>;
}

/** The whole API on a database of its own, cloned from the migrated template. */
export async function createTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const database = await cloneTestDatabase();
  const config = {
    ...loadConfig({ DEMO_DATA: 'false', WEB_DIST: '/nonexistent' }),
    admin: testAdmin,
    ...overrides,
    databaseUrl: database.url,
  };
  const app = await createApp(config);
  watchResponses(app);
  await seed(app, config);
  return {
    app,
    config,
    db: app.get<DataSource>(getDataSourceToken()),
    http: () => request(app.getHttpServer()),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

/**
 * A second API instance on the test app's database, as another process of the same deployment: the built server
 * (`npm start`). Not a second `createApp` in this process, because passport keeps one strategy per name for the
 * whole process, and the last app created would then sign in for both.
 */
export async function startSecondInstance(
  t: TestApp,
  env: Record<string, string> = {},
): Promise<{ http(): ReturnType<typeof request>; baseUrl: string; stop(): Promise<unknown> }> {
  const server = await startServer({
    DATABASE_URL: t.config.databaseUrl,
    DEMO_DATA: 'false',
    TRUST_PROXY: String(t.config.trustProxy),
    ...env,
  });
  return { http: () => request(server.baseUrl), baseUrl: server.baseUrl, stop: () => server.stop() };
}

/** The test app listening on a port of 127.0.0.1, for clients that need a real address (an event stream). */
export async function listening(t: TestApp): Promise<string> {
  const server = t.app.getHttpServer() as Server;
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** How many SQL queries `work` issues. */
export async function countQueries(t: TestApp, work: () => Promise<unknown>): Promise<number> {
  const logger = t.app.get(SqlLogger);
  const before = logger.queries;
  await work();
  return logger.queries - before;
}
