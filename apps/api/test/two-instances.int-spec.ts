import { migrations } from '../../../migrations/index';
import { startServer, type ServerProcess } from './support/server-process';
import { env as testEnv, onServer, requireEnv, urlFor } from './support/test-database';

const admin = { email: 'admin@two.belong.eu', password: 'two instances passphrase' };

async function call(server: ServerProcess, path: string, init: RequestInit = {}): Promise<{ status: number; body: any }> {
  const res = await fetch(`${server.baseUrl}${path}`, { ...init, headers: { 'content-type': 'application/json', ...init.headers } });
  return { status: res.status, body: res.status === 204 ? null : await res.json() };
}

const login = (server: ServerProcess, email: string, password: string) =>
  call(server, '/api/auth/login', { method: 'POST', body: JSON.stringify({ email, password }) });

/**
 * Two API processes started at the same moment on one empty PostgreSQL, as a deployment of N instances behind a
 * load balancer is: everything they share lives in the database.
 */
describe('two API instances on one PostgreSQL', () => {
  const database = `belong_two_${process.pid}`;
  const serverUrl = requireEnv(testEnv.serverUrl);
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    await onServer(serverUrl, (c) => c.query(`CREATE DATABASE "${database}"`));
    const env = {
      DATABASE_URL: urlFor(serverUrl, database),
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      DEMO_DATA: 'true',
      NOTIFY_EMAIL_DELAY_SECONDS: '0',
    };
    [a, b] = await Promise.all([startServer(env), startServer(env)]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await onServer(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
  });

  it('both come up, having migrated and seeded the empty database once', async () => {
    const counts = await onServer(urlFor(serverUrl, database), async (c) => ({
      migrations: (await c.query(`SELECT count(*)::int AS n FROM migrations`)).rows[0].n,
      regions: (await c.query(`SELECT count(*)::int AS n FROM regions`)).rows[0].n,
      admins: (await c.query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [admin.email])).rows[0].n,
      strategies: (await c.query(`SELECT title, count(*)::int AS n FROM strategies GROUP BY title HAVING count(*) > 1`)).rows,
    }));
    expect(counts).toEqual({ migrations: migrations.length, regions: 11, admins: 1, strategies: [] });
    expect([(await call(a, '/api/health')).status, (await call(b, '/api/health')).status]).toEqual([200, 200]);
  });

  it('honours a session made on one instance on the other, and a logout on one everywhere', async () => {
    const { body } = await login(a, admin.email, admin.password);
    const bearer = { Authorization: `Bearer ${body.token}` };
    expect((await call(b, '/api/auth/me', { headers: bearer })).body.email).toBe(admin.email);
    expect((await call(b, '/api/auth/logout', { method: 'POST', headers: bearer })).status).toBe(204);
    expect((await call(a, '/api/auth/me', { headers: bearer })).status).toBe(401);
  });

  it('counts failed sign-ins across both instances', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await login(i % 2 ? b : a, 'coordinator@demo.belong.eu', 'not the password')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('answers an idempotent create repeated on the other instance with the first answer, creating nothing more', async () => {
    const { body } = await login(b, admin.email, admin.password);
    const headers = { Authorization: `Bearer ${body.token}`, 'Idempotency-Key': 'two-instances-organisation' };
    const leipzig = (await call(a, '/api/regions')).body.items.find((r: { code: string }) => r.code === 'leipzig').id;
    const request = { method: 'POST', headers, body: JSON.stringify({ name: 'Made Once', type: 'ngo' }) };
    const first = await call(a, `/api/regions/${leipzig}/organisations`, request);
    const again = await call(b, `/api/regions/${leipzig}/organisations`, request);
    expect(first.status).toBe(201);
    expect(again).toEqual(first);
    const all = (await call(a, `/api/regions/${leipzig}/organisations?limit=200`, { headers })).body.items;
    expect(all.filter((o: { name: string }) => o.name === 'Made Once')).toHaveLength(1);
  });

  it('ends its event streams when it stops, so that a rolling restart waits for nothing and the browser moves on', async () => {
    const { body } = await login(b, admin.email, admin.password);
    const stream = await fetch(`${b.baseUrl}/api/events`, { headers: { Authorization: `Bearer ${body.token}` } });
    expect(stream.status).toBe(200);
    const started = Date.now();
    expect(await b.stop()).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    // The stream ended with the instance: its body reads to the end instead of hanging.
    await expect(stream.text()).resolves.toContain('retry: 3000');
  });
});
