import { createTestApp, type TestApp } from './support/test-app';

describe('API documentation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('describes every route of the contract in OpenAPI 3.1, from the zod schemas', async () => {
    const res = await t.http().get('/api/docs/openapi.json').expect(200);
    expect(res.body.openapi).toBe('3.1.0');
    const routes = Object.entries(res.body.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(routes).toEqual(
      expect.arrayContaining([
        'GET /api/health',
        'POST /api/auth/login',
        'POST /api/auth/logout',
        'GET /api/auth/me',
        'POST /api/users',
        'GET /api/regions',
        'GET /api/regions/{regionId}',
        'GET /api/regions/{regionId}/members',
        'POST /api/regions/{regionId}/members',
        'DELETE /api/regions/{regionId}/members/{userId}',
        'GET /api/regions/{regionId}/organisations',
        'POST /api/regions/{regionId}/organisations',
        'GET /api/regions/{regionId}/audit',
        'GET /api/regions/{regionId}/strategies',
        'POST /api/regions/{regionId}/strategies',
        'GET /api/strategies/{id}',
        'PATCH /api/strategies/{id}',
        'POST /api/strategies/{id}/transitions',
        'POST /api/strategies/{id}/sections',
        'GET /api/sections/{id}',
        'PATCH /api/sections/{id}',
        'GET /api/sections/{id}/revisions',
        'GET /api/sections/{id}/diff',
        'GET /api/sections/{id}/comments',
        'POST /api/sections/{id}/comments',
        'PATCH /api/comments/{id}',
        'GET /api/sections/{id}/approvals',
        'POST /api/sections/{id}/approvals',
        'GET /api/docs/openapi.json',
      ]),
    );
    const create = res.body.paths['/api/regions/{regionId}/organisations'].post;
    expect(create.requestBody.content['application/json'].schema).toEqual(
      expect.objectContaining({ required: ['name', 'type'], additionalProperties: false }),
    );
    expect(create.responses['201']).toBeDefined();
    expect(create.parameters).toContainEqual(expect.objectContaining({ name: 'Idempotency-Key', in: 'header' }));
  });

  it('serves Swagger UI with its assets from the package, not a CDN', async () => {
    const page = await t.http().get('/api/docs').expect(200);
    expect(page.text).toContain('/api/docs/assets/swagger-ui-bundle.js');
    expect(page.text).not.toMatch(/https?:\/\//);
    await t.http().get('/api/docs/assets/swagger-ui-bundle.js').expect(200);
  });
});
