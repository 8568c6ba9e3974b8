import type { Response } from 'supertest';
import type { Actor } from './fixtures';
import type { TestApp } from './test-app';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Sends a request as `actor` (or as nobody) with a JSON body. */
export function send(t: TestApp, method: Method, path: string, actor?: Actor | null, body?: unknown) {
  let req = t.http()[method](path);
  if (actor) req = req.set('Authorization', actor.bearer);
  return body === undefined ? req : req.send(body as object);
}

/** Asserts an RFC 9457 problem with the given status and code. */
export function expectProblem(res: Response, status: number, code: string): void {
  expect({ status: res.status, code: (res.body as { code?: string }).code }).toEqual({ status, code });
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toEqual(
    expect.objectContaining({ type: expect.any(String), title: expect.any(String), status, detail: expect.any(String) }),
  );
}

/** The `path`s of a 400 problem's field errors. */
export function fieldPaths(res: Response): string[] {
  return ((res.body as { errors?: Array<{ path: string }> }).errors ?? []).map((e) => e.path);
}

/**
 * A signatory's decision on the section as it is now: reads its revision first and sends it as If-Match, as
 * the web app does after showing the text.
 */
export async function decideOnCurrent(
  t: TestApp,
  sectionId: string,
  who: Actor,
  body: { decision: 'approve' | 'request_changes'; note?: string },
  status = 201,
): Promise<Response> {
  const { revision } = (await send(t, 'get', `/api/sections/${sectionId}`, who).expect(200)).body as { revision: number };
  return send(t, 'post', `/api/sections/${sectionId}/approvals`, who, body).set('If-Match', `"${revision}"`).expect(status);
}
