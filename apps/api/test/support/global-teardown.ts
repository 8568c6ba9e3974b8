import { onServer } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const run = globalThis.belongTestPostgres;
  if (!run) return;
  if (run.server) {
    await run.server.stop();
  } else {
    await onServer(run.serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${run.template}" WITH (FORCE)`));
  }
}
