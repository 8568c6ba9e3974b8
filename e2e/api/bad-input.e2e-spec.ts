import { person } from '../../apps/api/test/support/fixtures';
import { expectProblem, fieldPaths, send, type Method } from '../../apps/api/test/support/http';
import { createTestApp, type TestApp } from '../../apps/api/test/support/test-app';

/**
 * Every route that takes a body refuses one with an unknown field and a wrong type: 400, the fields named,
 * nothing written. Read from the OpenAPI document, so a new route is covered the day it is added.
 */
describe('bad input on every route with a body', () => {
  let t: TestApp;
  let routes: Array<{ method: Method; path: string }>;
  beforeAll(async () => {
    t = await createTestApp();
    const doc = (await t.http().get('/api/docs/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    };
    routes = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, op]) => op.requestBody)
        .map(([method]) => ({ method: method as Method, path })),
    );
  });
  afterAll(() => t.close());

  const rowCount = async () =>
    (
      await t.db.query<Array<{ n: number }>>(
        `SELECT ((SELECT count(*) FROM users) + (SELECT count(*) FROM organisations) + (SELECT count(*) FROM memberships)
              + (SELECT count(*) FROM strategies) + (SELECT count(*) FROM sections) + (SELECT count(*) FROM comments)
              + (SELECT count(*) FROM approvals) + (SELECT count(*) FROM audit_events) + (SELECT count(*) FROM sessions))::int AS n`,
      )
    )[0]!.n;

  it('answers 400 naming the unknown field, and writes nothing', async () => {
    expect(routes.length).toBeGreaterThanOrEqual(10);
    const admin = await person(t, 'Admin Of Bad Input', { isAdmin: true });
    const before = await rowCount();
    for (const route of routes) {
      const path = route.path.replace(/\{[^}]+\}/g, '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b');
      const res = await send(t, route.method, path, admin, { unexpectedField: true }).set('If-Match', '"1"');
      expectProblem(res, 400, 'VALIDATION_FAILED');
      expect({ route: `${route.method} ${route.path}`, paths: fieldPaths(res) }).toEqual({
        route: `${route.method} ${route.path}`,
        paths: expect.arrayContaining(['body.unexpectedField']),
      });
    }
    expect(await rowCount()).toBe(before);
  });
});
