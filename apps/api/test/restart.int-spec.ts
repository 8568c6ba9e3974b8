import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type ServerProcess } from './support/server-process';

const env = (dataDir: string) => ({
  DATA_DIR: dataDir,
  DEMO_DATA: 'true',
  ADMIN_EMAIL: 'admin@restart.belong.eu',
  ADMIN_PASSWORD: 'restart passphrase 1',
  DATABASE_URL: '',
});

async function json(server: ServerProcess, path: string, init: RequestInit = {}): Promise<{ status: number; body: any }> {
  const res = await fetch(`${server.baseUrl}${path}`, { ...init, headers: { 'content-type': 'application/json', ...init.headers } });
  return { status: res.status, body: res.status === 204 ? null : await res.json() };
}

describe('npm start, twice over one data folder', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'belong-restart-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps what was created, adds no duplicates, and stops cleanly', async () => {
    const first = await startServer(env(dataDir));
    let auth: Record<string, string>;
    let leipzig: string;
    let membersBefore: unknown;
    try {
      expect(first.output()).toContain('coordinator@demo.belong.eu');
      const login = await json(first, '/api/auth/login', {
        method: 'POST',
        body: JSON.stringify({ email: 'coordinator@demo.belong.eu', password: 'belong-demo-2026' }),
      });
      expect(login.status).toBe(200);
      leipzig = login.body.user.memberships[0].regionId;
      auth = { Authorization: `Bearer ${login.body.token}` };
      const created = await json(first, `/api/regions/${leipzig}/organisations`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ name: 'Kept Across Restarts', type: 'education' }),
      });
      expect(created.status).toBe(201);
      membersBefore = (await json(first, `/api/regions/${leipzig}/members`, { headers: auth })).body;
    } finally {
      expect(await first.stop()).toBe(0);
    }
    // HTTP closes before PostgreSQL stops: no connection of the pool is cut under it.
    expect(first.output()).toContain('SIGTERM: stopping');
    expect(first.output()).not.toContain('terminating connection');

    const second = await startServer(env(dataDir));
    try {
      // The session lives in the database, so it survives the restart too.
      const organisations = await json(second, `/api/regions/${leipzig}/organisations`, { headers: auth });
      const names: string[] = organisations.body.items.map((o: { name: string }) => o.name);
      expect(names).toContain('Kept Across Restarts');
      expect(names.filter((n) => n === 'Willkommen in Leipzig e.V.')).toHaveLength(1);
      expect((await json(second, `/api/regions/${leipzig}/members`, { headers: auth })).body).toEqual(membersBefore);
      const strategies = (await json(second, `/api/regions/${leipzig}/strategies`, { headers: auth })).body.items;
      expect(strategies.map((s: { title: string; status: string }) => [s.title, s.status])).toEqual([
        ['Leipziger Strategie für interkulturelle Integration 2027–2030', 'consultation'],
        ['Leipziger Integrationskonzept 2023–2026', 'adopted'],
      ]);
      const demo = (await json(second, `/api/strategies/${strategies[0].id}`, { headers: auth })).body;
      expect(demo.sections.map((s: { approval: { state: string } }) => s.approval.state)).toEqual([
        'approved',
        'pending',
        'changes_requested',
        'pending',
        'pending',
      ]);
      expect(demo.sections[1].openComments).toBe(2);
      const proposals = (await json(second, `/api/regions/${leipzig}/proposals`, { headers: auth })).body.items;
      expect(proposals.map((p: { status: string }) => p.status).sort()).toEqual(
        ['accepted', 'accepted', 'partially_accepted', 'rejected', 'submitted', 'under_review', 'withdrawn'].sort(),
      );
      const answered = (await json(second, `/api/strategies/${strategies[1].id}/recommendations`, { headers: auth })).body.items;
      expect(answered.map((r: { response: { decision: string } }) => r.response.decision)).toEqual(['agreed']);
      const admin = await json(second, '/api/auth/login', {
        method: 'POST',
        body: JSON.stringify({ email: 'admin@restart.belong.eu', password: 'restart passphrase 1' }),
      });
      expect(admin.body.user.isAdmin).toBe(true);
    } finally {
      expect(await second.stop()).toBe(0);
    }
  }, 180_000);
});
