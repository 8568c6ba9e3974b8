import { expectProblem, send, type Method } from '../../apps/api/test/support/http';
import { createTestApp, type TestApp } from '../../apps/api/test/support/test-app';

/**
 * Every route the API documents that is not explicitly public answers 401 to a caller who is not signed
 * in: read from the OpenAPI document, so a new route is covered the day it is added.
 */
describe('every protected route without a session', () => {
  let t: TestApp;
  let routes: Array<{ method: Method; path: string; public: boolean }>;
  beforeAll(async () => {
    t = await createTestApp();
    const doc = (await t.http().get('/api/docs/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { security: unknown[] }>>;
    };
    routes = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.entries(operations).map(([method, op]) => ({ method: method as Method, path, public: op.security.length === 0 })),
    );
  });
  afterAll(() => t.close());

  const uuid = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

  it('answers 401 UNAUTHENTICATED, whatever the body', async () => {
    const protectedRoutes = routes.filter((r) => !r.public);
    expect(protectedRoutes.length).toBeGreaterThanOrEqual(10);
    for (const route of protectedRoutes) {
      const res = await send(t, route.method, route.path.replace(/\{[^}]+\}/g, uuid), null, {});
      expectProblem(res, 401, 'UNAUTHENTICATED');
    }
  });

  it('keeps exactly the health, docs, regions and sign-in routes public', () => {
    expect(
      routes
        .filter((r) => r.public)
        .map((r) => `${r.method} ${r.path}`)
        .sort(),
    ).toEqual([
      'get /api/docs',
      'get /api/docs/openapi.json',
      'get /api/health',
      'get /api/regions',
      'get /api/regions/{regionId}',
      'post /api/auth/login',
    ]);
  });
});
