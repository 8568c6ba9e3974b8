import { Client } from 'pg';
import { Housekeeping } from '../src/infra/database/housekeeping';
import { world, type World } from './support/fixtures';
import { expectProblem, send } from './support/http';
import { startServer } from './support/server-process';
import { createTestApp, testAdmin, type TestApp } from './support/test-app';

describe('Idempotency-Key on create', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
  });
  afterAll(() => t.close());

  const create = (key: string | null, body: object) => {
    const req = send(t, 'post', `/api/regions/${w.leipzig}/organisations`, w.people.coordinator, body);
    return key ? req.set('Idempotency-Key', key) : req;
  };
  const count = async () =>
    (await t.db.query(`SELECT count(*)::int AS n FROM organisations WHERE region_id = $1`, [w.leipzig]))[0].n as number;

  it('returns the first response to a repeat and creates nothing more', async () => {
    const before = await count();
    const first = await create('retry-1', { name: 'Retried Org', type: 'other' }).expect(201);
    const again = await create('retry-1', { type: 'other', name: 'Retried Org' }).expect(201);
    expect(again.body).toEqual(first.body);
    expect(await count()).toBe(before + 1);
  });

  it('refuses the same key with another body (422) and writes nothing', async () => {
    await create('retry-2', { name: 'First Body', type: 'other' }).expect(201);
    const before = await count();
    expectProblem(await create('retry-2', { name: 'Second Body', type: 'other' }), 422, 'IDEMPOTENCY_KEY_REUSED');
    expect(await count()).toBe(before);
  });

  it('scopes keys to the caller', async () => {
    await create('shared-key', { name: 'By Coordinator', type: 'other' }).expect(201);
    const other = await send(t, 'post', `/api/regions/${w.leipzig}/organisations`, w.people.admin, { name: 'By Admin', type: 'other' })
      .set('Idempotency-Key', 'shared-key')
      .expect(201);
    expect(other.body.name).toBe('By Admin');
  });

  it('lets a failed request be retried with its key', async () => {
    expectProblem(await create('retry-3', { name: 'By Coordinator', type: 'other' }), 409, 'ORGANISATION_NAME_TAKEN');
    await create('retry-3', { name: 'Now Unique', type: 'other' }).expect(201);
  });

  describe('under failure', () => {
    it('answers parallel requests with one key whose attempts fail with the failure, never a 500', async () => {
      const taken = { name: 'Willkommen e.V.', type: 'ngo' };
      const results = await Promise.all(
        Array.from({ length: 8 }, () =>
          send(t, 'post', `/api/regions/${w.leipzig}/organisations`, w.people.coordinator, taken).set(
            'Idempotency-Key',
            'fails-in-parallel',
          ),
        ),
      );
      for (const res of results) expectProblem(res, 409, 'ORGANISATION_NAME_TAKEN');
      // Nothing of the failures is kept: the key is free for a corrected request.
      await send(t, 'post', `/api/regions/${w.leipzig}/organisations`, w.people.coordinator, { name: 'Korrigiert', type: 'ngo' })
        .set('Idempotency-Key', 'fails-in-parallel')
        .expect(201);
    });

    it('gives every parallel retry of a successful create the one response, and creates once', async () => {
      const body = { name: 'Parallel Einmal', type: 'education' };
      const results = await Promise.all(
        Array.from({ length: 8 }, () =>
          send(t, 'post', `/api/regions/${w.leipzig}/organisations`, w.people.coordinator, body).set('Idempotency-Key', 'parallel-success'),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(Array(8).fill(201));
      expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM organisations WHERE name = $1`, [body.name]);
      expect(n).toBe(1);
    });

    it('forgets keys after a day, and sessions a day after they ended', async () => {
      await t.db.query(
        `INSERT INTO idempotency_keys (user_id, key, request_hash, status_code, created_at) VALUES ($1, 'old', 'h', 201, now() - interval '25 hours'), ($1, 'fresh', 'h', 201, now())`,
        [w.people.coordinator.userId],
      );
      await t.db.query(
        `INSERT INTO sessions (user_id, token_hash, expires_at, revoked_at) VALUES
         ($1, 'expired long ago', now() - interval '25 hours', NULL),
         ($1, 'revoked long ago', now() + interval '1 hour', now() - interval '25 hours'),
         ($1, 'expired just now', now() - interval '1 hour', NULL)`,
        [w.people.coordinator.userId],
      );
      const swept = await t.app.get(Housekeeping).sweepAll();
      expect(swept).toEqual(expect.objectContaining({ 'idempotency keys': 1, 'ended sessions': 2 }));
      const keys = await t.db.query(`SELECT key FROM idempotency_keys WHERE key IN ('old', 'fresh')`);
      expect(keys.map((k: { key: string }) => k.key)).toEqual(['fresh']);
      const sessions = await t.db.query(`SELECT token_hash FROM sessions WHERE token_hash LIKE '% ago' OR token_hash = 'expired just now'`);
      expect(sessions.map((s: { token_hash: string }) => s.token_hash)).toEqual(['expired just now']);
      // Live sessions are untouched: the coordinator still works.
      await send(t, 'get', '/api/auth/me', w.people.coordinator).expect(200);
    });

    it('is not left claimed by a server that crashed between the claim and the create', async () => {
      const login = { email: testAdmin.email, password: testAdmin.password };
      const env = { DATABASE_URL: t.config.databaseUrl, DEMO_DATA: 'false' };
      const first = await startServer(env);
      const blocker = new Client({ connectionString: t.config.databaseUrl });
      await blocker.connect();
      let token: string;
      try {
        token = (await post(first.baseUrl, '/api/auth/login', login)).body.token as string;
        // The create will wait for this lock (its new row refers to the region), after the key was claimed.
        await blocker.query('BEGIN');
        await blocker.query(`SELECT id FROM regions WHERE id = $1 FOR UPDATE`, [w.leipzig]);
        void post(
          first.baseUrl,
          `/api/regions/${w.leipzig}/organisations`,
          { name: 'Nach dem Absturz', type: 'other' },
          token,
          'crash-key',
        ).catch(() => undefined);
        await waitFor(
          async () =>
            (await blocker.query(`SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`)).rows
              .length > 0,
        );
        await first.kill();
        await blocker.query('ROLLBACK');
      } finally {
        await blocker.end();
      }
      const second = await startServer(env);
      try {
        const retry = await post(
          second.baseUrl,
          `/api/regions/${w.leipzig}/organisations`,
          { name: 'Nach dem Absturz', type: 'other' },
          token,
          'crash-key',
        );
        expect(retry.status).toBe(201);
        expect(retry.body.name).toBe('Nach dem Absturz');
      } finally {
        await second.stop();
      }
    });
  });
});

async function post(baseUrl: string, path: string, body: object, token?: string, key?: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(key ? { 'idempotency-key': key } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
