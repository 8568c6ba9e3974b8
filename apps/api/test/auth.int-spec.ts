import { csrfHeader, sessionCookie } from '@belong/contracts';
import { SessionEntity } from '../src/modules/auth/session.entity';
import { password, person, type Actor } from './support/fixtures';
import { expectProblem } from './support/http';
import { createTestApp, type TestApp } from './support/test-app';

describe('sign-in and sessions', () => {
  let t: TestApp;
  let ana: Actor;
  beforeAll(async () => {
    t = await createTestApp();
    ana = await person(t, 'Ana Lima');
  });
  afterAll(() => t.close());

  const login = (email: string, pass: string) => t.http().post('/api/auth/login').send({ email, password: pass });
  const cookieOf = (res: { headers: Record<string, unknown> }) => ((res.headers['set-cookie'] as string[] | undefined) ?? [])[0] ?? '';

  it('signs in with email and password, sets an HttpOnly SameSite=Lax cookie and returns a bearer token', async () => {
    const res = await login(ana.email.toUpperCase(), password).expect(200);
    expect(res.body).toEqual({
      token: expect.any(String),
      csrfToken: expect.any(String),
      user: expect.objectContaining({ id: ana.userId, email: ana.email, name: 'Ana Lima', isAdmin: false, memberships: [] }),
    });
    expect(cookieOf(res)).toMatch(new RegExp(`^${sessionCookie}=[^;]+; Max-Age=\\d+; Path=/; Expires=.+; HttpOnly; SameSite=Lax$`));
  });

  it('stores only a hash of the session token', async () => {
    const { token } = (await login(ana.email, password).expect(200)).body as { token: string };
    const stored = await t.db.getRepository(SessionEntity).find({ where: { userId: ana.userId } });
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.map((s) => s.tokenHash)).not.toContain(token);
  });

  it('refuses a wrong password and an unknown account alike', async () => {
    const wrong = await login(ana.email, 'not the password at all');
    expectProblem(wrong, 401, 'INVALID_CREDENTIALS');
    const unknown = await login('nobody@test.belong.eu', password);
    expectProblem(unknown, 401, 'INVALID_CREDENTIALS');
    expect(unknown.body.detail).toBe(wrong.body.detail);
  });

  it('answers /me with the bearer token and with the cookie', async () => {
    const res = await login(ana.email, password).expect(200);
    const bearer = await t.http().get('/api/auth/me').set('Authorization', `Bearer ${res.body.token}`).expect(200);
    const cookie = await t.http().get('/api/auth/me').set('Cookie', cookieOf(res).split(';')[0]!).expect(200);
    expect(bearer.body).toEqual(cookie.body);
    expect(cookie.body).toEqual(expect.objectContaining({ id: ana.userId, locale: 'en', csrfToken: res.body.csrfToken }));
  });

  it('needs the CSRF header for a change made with the cookie, but not with a bearer token', async () => {
    const res = await login(ana.email, password).expect(200);
    const cookie = cookieOf(res).split(';')[0]!;
    expectProblem(await t.http().patch('/api/auth/me').set('Cookie', cookie).send({ locale: 'de' }), 403, 'CSRF_TOKEN_INVALID');
    expectProblem(
      await t.http().patch('/api/auth/me').set('Cookie', cookie).set(csrfHeader, 'forged').send({ locale: 'de' }),
      403,
      'CSRF_TOKEN_INVALID',
    );
    expect((await t.http().get('/api/auth/me').set('Cookie', cookie).expect(200)).body.locale).toBe('en');

    await t.http().patch('/api/auth/me').set('Cookie', cookie).set(csrfHeader, res.body.csrfToken).send({ locale: 'de' }).expect(200);
    await t.http().patch('/api/auth/me').set('Authorization', `Bearer ${res.body.token}`).send({ locale: 'ga' }).expect(200);
    expect((await t.http().get('/api/auth/me').set('Cookie', cookie).expect(200)).body.locale).toBe('ga');
  });

  it('revokes the session on logout', async () => {
    const { token } = (await login(ana.email, password).expect(200)).body as { token: string };
    const logout = await t.http().post('/api/auth/logout').set('Authorization', `Bearer ${token}`).expect(204);
    expect(cookieOf(logout)).toMatch(new RegExp(`^${sessionCookie}=;`));
    expectProblem(await t.http().get('/api/auth/me').set('Authorization', `Bearer ${token}`), 401, 'UNAUTHENTICATED');
  });

  it('refuses an expired session', async () => {
    const { token } = (await login(ana.email, password).expect(200)).body as { token: string };
    await t.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [ana.userId]);
    expectProblem(await t.http().get('/api/auth/me').set('Authorization', `Bearer ${token}`), 401, 'UNAUTHENTICATED');
  });

  it('refuses a made-up token', async () => {
    expectProblem(await t.http().get('/api/auth/me').set('Authorization', 'Bearer made-up'), 401, 'UNAUTHENTICATED');
  });
});
