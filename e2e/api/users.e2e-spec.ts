import { password, world, type World } from '../../apps/api/test/support/fixtures';
import { expectProblem, fieldPaths, send } from '../../apps/api/test/support/http';
import { createTestApp, testAdmin, type TestApp } from '../../apps/api/test/support/test-app';

describe('user accounts', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
  });
  afterAll(() => t.close());

  const count = async () => (await t.db.query(`SELECT count(*)::int AS n FROM users`))[0].n as number;
  const newUser = { email: 'Mira.Novak@Example.eu', name: 'Mira Novak', password: 'a long enough passphrase', locale: 'de' };

  it('needs a session (401)', async () => {
    expectProblem(await send(t, 'post', '/api/users', null, newUser), 401, 'UNAUTHENTICATED');
    expectProblem(await send(t, 'get', '/api/users/lookup?email=x@y.eu'), 401, 'UNAUTHENTICATED');
  });

  it('are created by an administrator; the new person signs in', async () => {
    const res = await send(t, 'post', '/api/users', w.people.admin, newUser).expect(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      email: 'mira.novak@example.eu',
      name: 'Mira Novak',
      locale: 'de',
      isAdmin: false,
      createdAt: expect.any(String),
    });
    expect(JSON.stringify(res.body)).not.toMatch(/password|hash/i);
    await t.http().post('/api/auth/login').send({ email: 'mira.novak@example.eu', password: newUser.password }).expect(200);
  });

  it('has the administrator from ADMIN_EMAIL and ADMIN_PASSWORD, created at start', async () => {
    const res = await t.http().post('/api/auth/login').send(testAdmin).expect(200);
    expect(res.body.user).toEqual(expect.objectContaining({ email: testAdmin.email, isAdmin: true }));
  });

  it.each(['coordinator', 'signatory', 'official', 'observer', 'outsider'] as const)('are not created by a %s (403)', async (who) => {
    const before = await count();
    expectProblem(await send(t, 'post', '/api/users', w.people[who], { ...newUser, email: `${who}-made@example.eu` }), 403, 'FORBIDDEN');
    expect(await count()).toBe(before);
  });

  it('refuses an email address that is taken (409), whatever its case', async () => {
    const before = await count();
    expectProblem(
      await send(t, 'post', '/api/users', w.people.admin, { ...newUser, email: w.people.observer.email.toUpperCase() }),
      409,
      'EMAIL_TAKEN',
    );
    expect(await count()).toBe(before);
  });

  it('answers bad input with 400 naming each field, and writes nothing', async () => {
    const before = await count();
    const res = await send(t, 'post', '/api/users', w.people.admin, {
      email: 'not-an-email',
      name: '',
      password: 'short',
      locale: 'xx',
      isAdmin: 'yes',
    });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res).sort()).toEqual(['body.email', 'body.isAdmin', 'body.locale', 'body.name', 'body.password']);
    expect(await count()).toBe(before);
  });

  it('are looked up by exact email by administrators and coordinators only', async () => {
    const found = await send(
      t,
      'get',
      `/api/users/lookup?email=${encodeURIComponent(w.people.outsider.email.toUpperCase())}`,
      w.people.coordinator,
    ).expect(200);
    expect(found.body).toEqual({ id: w.people.outsider.userId, name: 'Outsider', email: w.people.outsider.email });
    expectProblem(await send(t, 'get', '/api/users/lookup?email=nobody@example.eu', w.people.admin), 404, 'NOT_FOUND');
    expectProblem(await send(t, 'get', `/api/users/lookup?email=${w.people.outsider.email}`, w.people.signatory), 403, 'FORBIDDEN');
    const bad = await send(t, 'get', '/api/users/lookup', w.people.admin);
    expect(fieldPaths(bad)).toEqual(['query.email']);
  });

  it('sign in with the password they were given', async () => {
    await t.http().post('/api/auth/login').send({ email: w.people.outsider.email, password }).expect(200);
  });
});
