// Browser journeys: starts the built app on a fresh database, runs e2e/web/journeys/*.test.mjs with
// node:test against it, and always stops the server and removes its data. `npm run test:browser`; with
// words after `--`, only the journey files whose names contain one of them (`-- workflow-traps`).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './support/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const admin = { email: 'admin@e2e.belong.test', password: 'e2e-administrator-passphrase' };

async function run(command, args, env = process.env) {
  const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
  const [code, signal] = await once(child, 'exit');
  return signal ? 1 : code;
}

if (!existsSync(join(root, 'apps/api/dist/main.js')) || !existsSync(join(root, 'apps/web/dist/index.html'))) {
  console.log('# The app is not built yet: npm run build');
  if ((await run('npm', ['run', 'build'])) !== 0) process.exit(1);
}

const only = process.argv.slice(2);
const journeys = readdirSync(join(here, 'journeys'))
  .filter((name) => name.endsWith('.test.mjs') && (only.length === 0 || only.some((word) => name.includes(word))))
  .sort()
  .map((name) => join(here, 'journeys', name));

const server = await startServer({ root, admin });
let exitCode;
const stopOnSignal = () => void server.stop().then(() => process.exit(130));
process.once('SIGINT', stopOnSignal);
process.once('SIGTERM', stopOnSignal);
try {
  const env = { ...process.env, BELONG_URL: server.url, BELONG_ADMIN_EMAIL: admin.email, BELONG_ADMIN_PASSWORD: admin.password };
  // One journey file at a time: they share one server, and a small machine runs one browser well.
  exitCode = await run(process.execPath, ['--test', '--test-reporter=tap', '--test-concurrency=1', ...journeys], env);
  if (exitCode !== 0) console.error(`# server log\n${server.log.join('')}`);
} finally {
  await server.stop();
}
process.exit(exitCode);
