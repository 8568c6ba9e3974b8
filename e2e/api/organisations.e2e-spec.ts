import { world, type World } from '../../apps/api/test/support/fixtures';
import { expectProblem, fieldPaths, send } from '../../apps/api/test/support/http';
import { createTestApp, type TestApp } from '../../apps/api/test/support/test-app';

describe('organisations of a region', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
  });
  afterAll(() => t.close());

  const path = () => `/api/regions/${w.leipzig}/organisations`;
  const count = async () => (await t.db.query(`SELECT count(*)::int AS n FROM organisations`))[0].n as number;
  type Who = keyof World['people'];

  it('needs a session (401)', async () => {
    expectProblem(await send(t, 'get', path()), 401, 'UNAUTHENTICATED');
    expectProblem(await send(t, 'post', path(), null, { name: 'Nobody’s', type: 'ngo' }), 401, 'UNAUTHENTICATED');
  });

  it.each<[Who, number]>([
    ['admin', 200],
    ['coordinator', 200],
    ['signatory', 200],
    ['stakeholder', 200],
    ['official', 200],
    ['observer', 200],
    ['donegalCoordinator', 404],
    ['outsider', 404],
  ])('are read by %s: %i', async (who, status) => {
    const res = await send(t, 'get', path(), w.people[who]);
    expect(res.status).toBe(status);
    if (status === 200)
      expect(res.body.items.map((o: { name: string }) => o.name)).toEqual(expect.arrayContaining(['Willkommen e.V.', 'Maschinenbau GmbH']));
    else expectProblem(res, 404, 'NOT_FOUND');
  });

  it.each<[Who, number]>([
    ['admin', 201],
    ['coordinator', 201],
    ['signatory', 403],
    ['stakeholder', 403],
    ['official', 403],
    ['observer', 403],
    ['donegalCoordinator', 404],
    ['outsider', 404],
  ])('are created by %s: %i', async (who, status) => {
    const before = await count();
    const res = await send(t, 'post', path(), w.people[who], {
      name: `Made by ${who}`,
      type: 'social_partner',
      website: 'https://example.org',
    });
    expect(res.status).toBe(status);
    if (status === 201) {
      expect(res.body).toEqual({
        id: expect.any(String),
        regionId: w.leipzig,
        name: `Made by ${who}`,
        type: 'social_partner',
        website: 'https://example.org',
        createdAt: expect.any(String),
      });
      expect(await count()).toBe(before + 1);
    } else {
      expect(await count()).toBe(before);
    }
  });

  it('refuses a second organisation of the same name in the region (409), whatever the case', async () => {
    const before = await count();
    expectProblem(
      await send(t, 'post', path(), w.people.coordinator, { name: 'WILLKOMMEN E.V.', type: 'ngo' }),
      409,
      'ORGANISATION_NAME_TAKEN',
    );
    expect(await count()).toBe(before);
  });

  it.each<[string, unknown, string[]]>([
    ['no body', undefined, ['body']],
    ['an empty name', { name: '   ', type: 'ngo' }, ['body.name']],
    ['an unknown type', { name: 'X', type: 'club' }, ['body.type']],
    ['a website that is no web address', { name: 'X', type: 'ngo', website: 'javascript:alert(1)' }, ['body.website']],
    ['an unknown field', { name: 'X', type: 'ngo', regionId: 'x' }, ['body.regionId']],
  ])('answers %s with 400 naming the field, and writes nothing', async (_case, body, paths) => {
    const before = await count();
    const res = await send(t, 'post', path(), w.people.coordinator, body);
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(paths);
    expect(await count()).toBe(before);
  });
});
