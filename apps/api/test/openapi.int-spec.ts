import { problemExtensions } from '@belong/contracts';
import { OpenApiConformance } from './support/openapi-conformance';
import { registeredRoutes } from './support/registered-routes';
import type { RecordedResponse } from './support/response-recorder';
import { createTestApp, type TestApp } from './support/test-app';

type Schema = { properties?: Record<string, { const?: unknown }>; required?: string[]; oneOf?: Schema[] };
interface Response {
  headers?: Record<string, { required: boolean }>;
  content?: Record<string, { schema?: Schema }>;
}
interface Operation {
  parameters: Array<{ name: string; in: string; required: boolean }>;
  responses: Record<string, Response>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
}

describe('API documentation', () => {
  let t: TestApp;
  let document: Document;
  beforeAll(async () => {
    t = await createTestApp();
    document = (await t.http().get('/api/docs/openapi.json').expect(200)).body as Document;
  });
  afterAll(() => t.close());

  const operation = (method: string, path: string) => document.paths[path]![method]!;
  const problemSchema = (method: string, path: string, status: string) =>
    operation(method, path).responses[status]!.content!['application/problem+json']!.schema!;

  it('documents every route the app registered, and no other', () => {
    const documented = Object.entries(document.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`));
    expect(documented.sort()).toEqual(
      registeredRoutes(t)
        .map(({ method, path }) => `${method} ${path}`)
        .sort(),
    );
  });

  it('declares If-Match where a route reads it, with the 412 and 428 it brings', () => {
    for (const path of ['/api/strategies/{id}', '/api/sections/{id}']) {
      expect(operation('patch', path).parameters).toContainEqual(
        expect.objectContaining({ name: 'If-Match', in: 'header', required: true }),
      );
      expect(problemSchema('patch', path, '412').required).toContain('currentRevision');
      expect(problemSchema('patch', path, '428').properties?.code?.const).toBe('PRECONDITION_REQUIRED');
    }
    expect(operation('get', '/api/strategies/{id}').parameters.map((p) => p.name)).not.toContain('If-Match');
  });

  it('declares the ETag and Retry-After response headers where they are sent', () => {
    expect(operation('get', '/api/strategies/{id}').responses['200']!.headers).toHaveProperty('ETag');
    expect(operation('patch', '/api/sections/{id}').responses['200']!.headers).toHaveProperty('ETag');
    expect(operation('get', '/api/strategies/{id}/versions').responses['200']!.headers ?? {}).not.toHaveProperty('ETag');
    expect(operation('get', '/api/strategies/{id}/export').responses['503']!.headers).toHaveProperty('Retry-After');
    expect(operation('post', '/api/auth/login').responses['429']!.headers).toHaveProperty('Retry-After');
  });

  it("documents each problem's extension members by its code, from the one table in the contracts", () => {
    const schemas = Object.values(document.paths)
      .flatMap((ops) => Object.values(ops))
      .flatMap((op) => Object.values(op.responses))
      .flatMap((response) => response.content?.['application/problem+json']?.schema ?? [])
      .flatMap((schema) => schema.oneOf ?? [schema]);
    for (const [code, extension] of Object.entries(problemExtensions)) {
      const ofCode = schemas.filter((schema) => schema.properties?.code?.const === code);
      expect({ code, documented: ofCode.length > 0 }).toEqual({ code, documented: true });
      for (const schema of ofCode) expect(schema.required).toEqual(expect.arrayContaining(Object.keys(extension.shape)));
    }
    const refusals = problemSchema('post', '/api/strategies/{id}/transitions', '409').oneOf!.map((s) => s.properties?.code?.const);
    expect(refusals).toEqual(expect.arrayContaining(['TRANSITION_NOT_ALLOWED', 'SECTIONS_NOT_APPROVED', 'RECOMMENDATIONS_UNANSWERED']));
  });

  describe('the check the API end-to-end suite runs on every response', () => {
    let checker: OpenApiConformance | undefined;
    const sent = (response: Partial<RecordedResponse>): string[] =>
      (checker ??= new OpenApiConformance(document)).check({
        method: 'GET',
        path: '/api/health',
        route: '/api/health',
        status: 200,
        contentType: 'application/json; charset=utf-8',
        headers: {},
        jsonText: '{"status":"ok","db":"up"}',
        bodyLength: 25,
        ...response,
      });

    it('passes a response the document tells the truth about', () => {
      expect(sent({})).toEqual([]);
      expect(
        sent({
          path: '/api/no-such-thing',
          route: undefined,
          status: 404,
          contentType: 'application/problem+json',
          jsonText: JSON.stringify({ type: 'x', title: 'Not Found', status: 404, detail: 'No such resource', code: 'NOT_FOUND' }),
        }),
      ).toEqual([]);
    });

    it('names an undocumented status, content type, body, header or path', () => {
      expect(sent({ status: 418 }).join()).toContain('status 418 is not documented (documented: 200, 500)');
      expect(sent({ contentType: 'text/html' }).join()).toContain(
        'content type text/html is not documented (documented: application/json)',
      );
      expect(sent({ jsonText: '{"status":"ok"}' }).join()).toMatch(
        /the body does not match the documented schema:\n.*must have required property 'db'/,
      );
      expect(sent({ headers: { etag: '"1"' } }).join()).toContain('sends the etag header, which the document does not declare');
      expect(sent({ path: '/api/no-such-thing', route: undefined }).join()).toContain('a path the API does not have must answer 404');
    });

    it('wants the extension members of a problem', () => {
      const stale = { type: 'x', title: 'Precondition Failed', status: 412, detail: 'Reload', code: 'STALE_REVISION' };
      const patch = {
        method: 'PATCH',
        path: '/api/sections/x',
        route: '/api/sections/:id',
        status: 412,
        contentType: 'application/problem+json',
      };
      expect(sent({ ...patch, jsonText: JSON.stringify({ ...stale, currentRevision: 3 }) })).toEqual([]);
      expect(sent({ ...patch, jsonText: JSON.stringify(stale) }).join()).toContain("must have required property 'currentRevision'");
    });
  });

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
        'GET /api/sections/{id}/translations',
        'GET /api/sections/{id}/translations/{language}',
        'PUT /api/sections/{id}/translations/{language}',
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
