import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../src/infra/database/embedded-postgres';

const main = join(__dirname, '../../dist/main.js');

export interface ServerProcess {
  baseUrl: string;
  output(): string;
  /** SIGTERM, as a person's Ctrl-C or a container stop; resolves with the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL: the process dies where it stands, as in a crash or an out-of-memory kill. */
  kill(): Promise<void>;
}

/** The built server (`node apps/api/dist/main.js`, what `npm start` runs) as a child process. */
export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  if (!existsSync(main)) throw new Error(`${main} is missing: npm test builds the API first (pretest)`);
  const port = await freePort();
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(child, baseUrl, () => output);
  return {
    baseUrl,
    output: () => output,
    stop: () => stopChild(child),
    kill: () =>
      new Promise<void>((killed) => {
        child.once('exit', () => killed());
        child.kill('SIGKILL');
      }),
  };
}

async function waitForHealth(child: ChildProcess, baseUrl: string, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`The server did not become healthy within 60 s:\n${output()}`);
}

function stopChild(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolveExit) => {
    child.once('exit', (code) => resolveExit(code));
    child.kill('SIGTERM');
  });
}
