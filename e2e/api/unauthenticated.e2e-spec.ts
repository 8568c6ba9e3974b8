import { expectProblem, send } from '../../apps/api/test/support/http';
import { registeredRoutes } from '../../apps/api/test/support/registered-routes';
import { createTestApp, type TestApp } from '../../apps/api/test/support/test-app';

/**
 * Every route the app registered answers 401 to a caller who is not signed in, but the few that are public
 * on purpose. The routes come from the router itself, not from the OpenAPI document, so that no route
 * escapes: a new one is covered the day it is added.
 */
describe('every protected route without a session', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const uuid = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
  const publicRoutes = [
    'get /api/docs',
    'get /api/docs/init.js',
    'get /api/docs/openapi.json',
    'get /api/health',
    'get /api/invitations/{token}',
    'get /api/regions',
    'get /api/regions/{regionId}',
    'post /api/auth/login',
    'post /api/auth/password-reset',
    'post /api/auth/password-reset/{token}',
    'post /api/invitations/{token}/accept',
    'post /api/unsubscribe/{token}',
  ];

  it('answers 401 UNAUTHENTICATED on every other route, whatever the body', async () => {
    const routes = registeredRoutes(t);
    expect(routes.length).toBeGreaterThanOrEqual(40);
    const open: string[] = [];
    for (const route of routes) {
      const res = await send(t, route.method, route.path.replace(/\{[^}]+\}/g, uuid), null, {});
      if (res.status === 401) expectProblem(res, 401, 'UNAUTHENTICATED');
      else open.push(`${route.method} ${route.path}`);
    }
    // Exactly the health, docs, regions, sign-in, and the emailed links' routes (reset, invitation, unsubscribe) let a stranger in.
    expect(open.sort()).toEqual(publicRoutes);
  });
});
