import { organisation, world, type World } from './support/fixtures';
import { expectProblem, fieldPaths, send } from './support/http';
import { createTestApp, type TestApp } from './support/test-app';

describe('cursor pagination', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    for (let i = 0; i < 7; i++) await organisation(t, w.leipzig, `Paged Org ${i}`, 'other');
  });
  afterAll(() => t.close());

  it('walks every item once, in creation order, page by page', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=3&cursor=${encodeURIComponent(cursor)}` : '?limit=3';
      const res = await send(t, 'get', `/api/regions/${w.leipzig}/organisations${query}`, w.people.observer).expect(200);
      expect(res.body.items.length).toBeLessThanOrEqual(3);
      seen.push(...res.body.items.map((o: { name: string }) => o.name));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor);
    expect(seen).toEqual(['Willkommen e.V.', 'Maschinenbau GmbH', ...Array.from({ length: 7 }, (_, i) => `Paged Org ${i}`)]);
    expect(pages).toBe(3);
  });

  it('defaults to 50 and refuses a limit over 200 or a forged cursor', async () => {
    const all = await send(t, 'get', `/api/regions/${w.leipzig}/organisations`, w.people.observer).expect(200);
    expect(all.body).toEqual({ items: expect.any(Array), nextCursor: null });
    const tooMany = await send(t, 'get', `/api/regions/${w.leipzig}/organisations?limit=201`, w.people.observer);
    expectProblem(tooMany, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(tooMany)).toEqual(['query.limit']);
    const forged = await send(t, 'get', `/api/regions/${w.leipzig}/organisations?cursor=forged`, w.people.observer);
    expect(fieldPaths(forged)).toEqual(['query.cursor']);
  });
});
