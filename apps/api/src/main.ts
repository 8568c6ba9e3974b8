import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from './create-app';
import { loadConfig } from './infra/config/config';
import { withAdvisoryLock } from './infra/database/advisory-lock';
import { migrate } from './infra/database/data-source';
import { startEmbeddedPostgres, type RunningPostgres } from './infra/database/embedded-postgres';
import { demoPassword, demoPeople } from './seed/demo-data';
import { seed } from './seed/seed';

async function main(): Promise<void> {
  const logger = { log: (line: string) => console.log(`[belong] ${line}`) };
  const config = loadConfig(process.env);
  const database = await openDatabase(config.databaseUrl, config.dataDir, logger);
  const applied = await migrate(database.url);
  if (applied.length) logger.log(`Migrations applied: ${applied.join(', ')}`);
  const app = await createApp({ ...config, databaseUrl: database.url });
  // One instance seeds at a time: a second that starts at the same moment finds the data there.
  const report = await withAdvisoryLock(database.url, 'belong:seed', () => seed(app, config));
  await app.listen(config.port, config.host);

  let stopping = false;
  const stop = async (signal: string) => {
    // A second signal while stopping: leave at once.
    if (stopping) process.exit(1);
    stopping = true;
    logger.log(`${signal}: stopping`);
    // PostgreSQL stops after the app, even when closing the app failed: its connections end first.
    const closed = await app.close().then(
      () => true,
      (error: unknown) => {
        console.error(`Stopping the app failed: ${error instanceof Error ? error.message : String(error)}`);
        return false;
      },
    );
    await database.stop();
    process.exit(closed ? 0 : 1);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  logger.log(`Belong is ready on http://localhost:${config.port} (API docs: http://localhost:${config.port}/api/docs)`);
  if (report.admin !== 'not configured') logger.log(`Administrator ${config.admin?.email}: ${report.admin}`);
  if (report.demo === 'loaded') {
    const lines = demoPeople.map((p) => `  ${p.email.padEnd(28)} ${p.role} in ${p.region}${p.organisation ? ` (${p.organisation})` : ''}`);
    logger.log(`Demo sign-ins, password "${demoPassword}":\n${lines.join('\n')}`);
  }
}

async function openDatabase(url: string | undefined, dataDir: string, logger: { log(line: string): void }): Promise<RunningPostgres> {
  if (url) return { url, stop: () => Promise.resolve() };
  mkdirSync(dataDir, { recursive: true });
  logger.log(`Starting the embedded PostgreSQL in ${join(dataDir, 'postgres')}`);
  return startEmbeddedPostgres({ dir: join(dataDir, 'postgres'), persistent: true, callerStopsOnSignal: true });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
