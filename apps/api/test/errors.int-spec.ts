import { draftStrategy } from './support/strategy-fixtures';
import { world, type World } from './support/fixtures';
import { expectProblem, fieldPaths, send } from './support/http';
import { createTestApp, type TestApp } from './support/test-app';

describe('errors are problem details', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
  });
  afterAll(() => t.close());

  const organisations = () => `/api/regions/${w.leipzig}/organisations`;

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const res = await t
      .http()
      .post(organisations())
      .set('Authorization', w.people.coordinator.bearer)
      .set('Content-Type', 'application/json')
      .send('{"name": "Broken",');
    expectProblem(res, 400, 'MALFORMED_JSON');
  });

  it('names every bad field: wrong types, unknown fields, missing fields', async () => {
    const res = await send(t, 'post', organisations(), w.people.coordinator, { name: 42, type: 'club', website: 'ftp://x', extra: true });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res).sort()).toEqual(['body.extra', 'body.name', 'body.type', 'body.website']);
    const missing = await send(t, 'post', organisations(), w.people.coordinator, {});
    expect(fieldPaths(missing).sort()).toEqual(['body.name', 'body.type']);
  });

  it('refuses a body that is not an object', async () => {
    expectProblem(await send(t, 'post', organisations(), w.people.coordinator, [1, 2]), 400, 'VALIDATION_FAILED');
    expectProblem(
      await t
        .http()
        .post(organisations())
        .set('Authorization', w.people.coordinator.bearer)
        .set('Content-Type', 'text/plain')
        .send('name=x'),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('names a malformed id in the path', async () => {
    const res = await send(t, 'get', '/api/regions/not-a-uuid/organisations', w.people.coordinator);
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['params.regionId']);
  });

  it('answers an unknown id and an unknown route with 404', async () => {
    expectProblem(await t.http().get('/api/regions/6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b'), 404, 'NOT_FOUND');
    expectProblem(await t.http().get('/api/no-such-thing'), 404, 'NOT_FOUND');
  });

  it('refuses a body over 1 MB', async () => {
    const res = await send(t, 'post', organisations(), w.people.coordinator, { name: 'x'.repeat(1_100_000), type: 'ngo' });
    expectProblem(res, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('answers the unexpected with a 500 that tells nothing of its internals', async () => {
    await t.db.query(`ALTER TABLE organisations RENAME TO organisations_gone`);
    try {
      const res = await send(t, 'get', organisations(), w.people.coordinator);
      expectProblem(res, 500, 'INTERNAL');
      expect(JSON.stringify(res.body)).not.toMatch(/organisations_gone|relation|SELECT|at .*\.ts/);
    } finally {
      await t.db.query(`ALTER TABLE organisations_gone RENAME TO organisations`);
    }
  });

  it('does not pass an outage off as "not found": only what is missing is a 404', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Text'], 'consultation');
    const paths = [
      `/api/sections/${s.sectionIds[0]}`,
      `/api/sections/${s.sectionIds[0]}/comments`,
      `/api/sections/${s.sectionIds[0]}/approvals`,
    ];
    for (const path of paths) await send(t, 'get', path, w.people.observer).expect(200);
    // The strategies' table goes away under the API (a broken migration, a lost volume): the section is there,
    // but whether the caller may see it cannot be decided.
    await t.db.query(`ALTER TABLE strategies RENAME TO strategies_unreachable`);
    try {
      for (const path of paths) expectProblem(await send(t, 'get', path, w.people.observer), 500, 'INTERNAL');
    } finally {
      await t.db.query(`ALTER TABLE strategies_unreachable RENAME TO strategies`);
    }
    await send(t, 'get', paths[0]!, w.people.observer).expect(200);
  });
});
