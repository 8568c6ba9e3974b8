import { person, world, type World } from '../../apps/api/test/support/fixtures';
import { expectProblem, fieldPaths, send } from '../../apps/api/test/support/http';
import { createTestApp, type TestApp } from '../../apps/api/test/support/test-app';

describe('members of a region', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
  });
  afterAll(() => t.close());

  const path = () => `/api/regions/${w.leipzig}/members`;
  const count = async () => (await t.db.query(`SELECT count(*)::int AS n FROM memberships`))[0].n as number;
  type Who = keyof World['people'];

  it('needs a session (401)', async () => {
    expectProblem(await send(t, 'get', path()), 401, 'UNAUTHENTICATED');
    expectProblem(await send(t, 'post', path(), null, {}), 401, 'UNAUTHENTICATED');
    expectProblem(await send(t, 'delete', `${path()}/${w.people.observer.userId}`), 401, 'UNAUTHENTICATED');
  });

  it.each<[Who, number]>([
    ['admin', 200],
    ['coordinator', 200],
    ['signatory', 403],
    ['stakeholder', 403],
    ['official', 403],
    ['observer', 403],
    ['donegalCoordinator', 404],
    ['outsider', 404],
  ])('are listed to %s: %i', async (who, status) => {
    const res = await send(t, 'get', path(), w.people[who]);
    expect(res.status).toBe(status);
    if (status !== 200) return expectProblem(res, status, status === 403 ? 'FORBIDDEN' : 'NOT_FOUND');
    expect(res.body.items).toContainEqual({
      regionId: w.leipzig,
      userId: w.people.signatory.userId,
      name: 'Signatory Ngo',
      email: w.people.signatory.email,
      role: 'stakeholder',
      organisationId: w.organisations.ngo,
      organisationName: 'Willkommen e.V.',
      signatory: true,
      department: null,
      createdAt: expect.any(String),
    });
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
  ])('are added by %s: %i', async (who, status) => {
    const newcomer = await person(t, `Newcomer for ${who}`);
    const before = await count();
    const res = await send(t, 'post', path(), w.people[who], {
      userId: newcomer.userId,
      role: 'stakeholder',
      organisationId: w.organisations.business,
      signatory: true,
    });
    expect(res.status).toBe(status);
    expect(await count()).toBe(status === 201 ? before + 1 : before);
    if (status === 201)
      expect(res.body).toEqual(
        expect.objectContaining({ userId: newcomer.userId, role: 'stakeholder', organisationName: 'Maschinenbau GmbH', signatory: true }),
      );
  });

  it('gives the new member the role in /me', async () => {
    const newcomer = await person(t, 'Official To Be');
    await send(t, 'post', path(), w.people.coordinator, { userId: newcomer.userId, role: 'official', department: 'Sozialamt' }).expect(201);
    const me = await send(t, 'get', '/api/auth/me', newcomer).expect(200);
    expect(me.body.memberships).toEqual([
      { regionId: w.leipzig, role: 'official', organisationId: null, signatory: false, department: 'Sozialamt' },
    ]);
  });

  it('refuses a second membership in the same region (409)', async () => {
    const before = await count();
    expectProblem(
      await send(t, 'post', path(), w.people.coordinator, { userId: w.people.observer.userId, role: 'official' }),
      409,
      'ALREADY_MEMBER',
    );
    expect(await count()).toBe(before);
  });

  it.each<[string, (w: World) => unknown, string[]]>([
    ['a stakeholder without organisation', (w) => ({ userId: w.people.outsider.userId, role: 'stakeholder' }), ['body.organisationId']],
    ['an unknown role', (w) => ({ userId: w.people.outsider.userId, role: 'mayor' }), ['body.role']],
    ['a malformed user id', () => ({ userId: 'bob', role: 'observer' }), ['body.userId']],
    ['an unknown user', () => ({ userId: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', role: 'observer' }), ['body.userId']],
    [
      'an organisation of another region',
      (w) => ({ userId: w.people.outsider.userId, role: 'stakeholder', organisationId: w.organisations.ngo }),
      ['body.organisationId'],
    ],
    ['a signatory observer', (w) => ({ userId: w.people.outsider.userId, role: 'observer', signatory: true }), ['body.signatory']],
  ])('answers %s with 400 naming the field, and writes nothing', async (_case, body, paths) => {
    const region = _case === 'an organisation of another region' ? w.donegal : w.leipzig;
    const before = await count();
    const res = await send(t, 'post', `/api/regions/${region}/members`, w.people.admin, body(w));
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(paths);
    expect(await count()).toBe(before);
  });

  it.each<[Who, number]>([
    ['signatory', 403],
    ['official', 403],
    ['donegalCoordinator', 404],
    ['outsider', 404],
    ['coordinator', 204],
  ])('are removed by %s: %i', async (who, status) => {
    const leaving = await person(t, `Leaving via ${who}`);
    await send(t, 'post', path(), w.people.admin, { userId: leaving.userId, role: 'observer' }).expect(201);
    const before = await count();
    const res = await send(t, 'delete', `${path()}/${leaving.userId}`, w.people[who]);
    expect(res.status).toBe(status);
    expect(await count()).toBe(status === 204 ? before - 1 : before);
  });

  it('answers 404 when removing someone who is not a member', async () => {
    expectProblem(await send(t, 'delete', `${path()}/${w.people.outsider.userId}`, w.people.coordinator), 404, 'NOT_FOUND');
  });

  it('takes away access with the membership', async () => {
    const leaving = await person(t, 'Soon Gone');
    await send(t, 'post', path(), w.people.admin, { userId: leaving.userId, role: 'observer' }).expect(201);
    await send(t, 'get', `/api/regions/${w.leipzig}/organisations`, leaving).expect(200);
    await send(t, 'delete', `${path()}/${leaving.userId}`, w.people.coordinator).expect(204);
    expectProblem(await send(t, 'get', `/api/regions/${w.leipzig}/organisations`, leaving), 404, 'NOT_FOUND');
  });
});
