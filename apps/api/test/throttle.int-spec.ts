import type { Response } from 'supertest';
import { LoginThrottle, maxFailuresPerAccount, maxFailuresPerAddress } from '../src/modules/auth/login-throttle';
import { password, person } from './support/fixtures';
import { expectProblem } from './support/http';
import { createTestApp, startSecondInstance, type TestApp } from './support/test-app';

const windowSeconds = 15 * 60;

describe('sign-in throttling', () => {
  let t: TestApp;
  beforeEach(async () => {
    // Behind a proxy, so that each request can say which client address it comes from.
    t = await createTestApp({ trustProxy: true });
  });
  afterEach(() => t.close());

  type Instance = Pick<TestApp, 'http'>;
  const login = (email: string, pass: string, from = '192.0.2.1', instance: Instance = t) =>
    instance.http().post('/api/auth/login').set('X-Forwarded-For', from).send({ email, password: pass });
  const inParallel = (n: number, attempt: (i: number) => PromiseLike<Response>) =>
    Promise.all(Array.from({ length: n }, (_, i) => attempt(i)));
  /** How many answers had each status, e.g. `{ 401: 5, 429: 95 }`. */
  const statuses = (answers: Response[]) =>
    answers.reduce<Record<number, number>>((count, res) => ({ ...count, [res.status]: (count[res.status] ?? 0) + 1 }), {});
  const retryAfter = (res: Response) => Number(res.headers['retry-after']);

  it(`locks an account for a while after ${maxFailuresPerAccount} wrong passwords, even for the right one, from any address`, async () => {
    const ana = await person(t, 'Ana');
    for (let i = 0; i < maxFailuresPerAccount; i++)
      expectProblem(await login(ana.email, `wrong password ${i}`, `198.51.100.${i}`), 401, 'INVALID_CREDENTIALS');
    const locked = await login(ana.email, password, '203.0.113.9');
    expectProblem(locked, 429, 'TOO_MANY_REQUESTS');
    expect(retryAfter(locked)).toBeGreaterThan(windowSeconds - 60);
    expect(retryAfter(locked)).toBeLessThanOrEqual(windowSeconds);
    const ben = await person(t, 'Ben');
    await login(ben.email, password).expect(200);
  });

  it(`blocks an address after ${maxFailuresPerAddress} failures across accounts, and no other address`, async () => {
    for (let i = 0; i < maxFailuresPerAddress; i++) await login(`guess${i}@test.belong.eu`, 'wrong password', '192.0.2.7');
    const ben = await person(t, 'Ben');
    expectProblem(await login(ben.email, password, '192.0.2.7'), 429, 'TOO_MANY_REQUESTS');
    await login(ben.email, password, '192.0.2.8').expect(200);
  });

  it(`checks at most ${maxFailuresPerAccount} of 100 wrong passwords sent at once for one account`, async () => {
    const ana = await person(t, 'Ana');
    const answers = await inParallel(100, (i) => login(ana.email, `wrong password ${i}`));
    expect(statuses(answers)).toEqual({ 401: maxFailuresPerAccount, 429: 100 - maxFailuresPerAccount });
    for (const refused of answers.filter((res) => res.status === 429)) {
      expectProblem(refused, 429, 'TOO_MANY_REQUESTS');
      expect(retryAfter(refused)).toBeGreaterThan(0);
    }
    expectProblem(await login(ana.email, password), 429, 'TOO_MANY_REQUESTS');
  });

  it(`checks at most ${maxFailuresPerAddress} of 100 sign-ins sent at once from one address to many accounts`, async () => {
    // An office behind one address: its people's successful sign-ins do not count against it.
    const colleagues = await Promise.all(Array.from({ length: maxFailuresPerAddress + 1 }, (_, i) => person(t, `Colleague ${i}`)));
    for (const colleague of colleagues) await login(colleague.email, password, '192.0.2.7').expect(200);
    const answers = await inParallel(100, (i) => login(`guess${i}@test.belong.eu`, 'wrong password', '192.0.2.7'));
    expect(statuses(answers)).toEqual({ 401: maxFailuresPerAddress, 429: 100 - maxFailuresPerAddress });
    // The accounts tried from the blocked address keep their own attempts for their owners elsewhere.
    const guess99 = await person(t, 'Guess99');
    await login(guess99.email, password, '192.0.2.8').expect(200);
  });

  it('shares the count between two API instances on one database', async () => {
    const second = await startSecondInstance(t);
    try {
      const ana = await person(t, 'Ana');
      const answers = await inParallel(100, (i) => login(ana.email, `wrong password ${i}`, '192.0.2.1', i % 2 ? second : t));
      expect(statuses(answers)).toEqual({ 401: maxFailuresPerAccount, 429: 100 - maxFailuresPerAccount });
      expectProblem(await login(ana.email, password, '192.0.2.2', t), 429, 'TOO_MANY_REQUESTS');
      expectProblem(await login(ana.email, password, '192.0.2.2', second), 429, 'TOO_MANY_REQUESTS');
    } finally {
      await second.stop();
    }
  });

  it("lets a successful sign-in on any instance reset the account's count", async () => {
    const second = await startSecondInstance(t);
    try {
      const ana = await person(t, 'Ana');
      for (let i = 0; i < maxFailuresPerAccount - 1; i++)
        expectProblem(await login(ana.email, 'wrong password'), 401, 'INVALID_CREDENTIALS');
      await login(ana.email, password, '192.0.2.1', second).expect(200);
      for (let i = 0; i < maxFailuresPerAccount; i++) expectProblem(await login(ana.email, 'wrong password'), 401, 'INVALID_CREDENTIALS');
      expectProblem(await login(ana.email, password, '192.0.2.1', second), 429, 'TOO_MANY_REQUESTS');
    } finally {
      await second.stop();
    }
  });

  it('says in Retry-After when the window ends, and lets the account in once it has', async () => {
    const ana = await person(t, 'Ana');
    for (let i = 0; i < maxFailuresPerAccount; i++) await login(ana.email, 'wrong password');
    // Fourteen minutes pass.
    await t.db.query(`UPDATE sign_in_throttle SET expire = expire - 14 * 60000`);
    const locked = await login(ana.email, password);
    expectProblem(locked, 429, 'TOO_MANY_REQUESTS');
    expect(retryAfter(locked)).toBeGreaterThan(0);
    expect(retryAfter(locked)).toBeLessThanOrEqual(60);
    // The window ends.
    await t.db.query(`UPDATE sign_in_throttle SET expire = (extract(epoch FROM now()) * 1000)::bigint - 1`);
    await login(ana.email, password).expect(200);
  });

  it('deletes counts whose window ended long ago and keeps the others', async () => {
    const [ana, ben] = [await person(t, 'Ana'), await person(t, 'Ben')];
    await login(ana.email, 'wrong password', '192.0.2.1');
    await login(ben.email, 'wrong password', '192.0.2.2');
    const keys = async () => (await t.db.query<Array<{ key: string }>>(`SELECT key FROM sign_in_throttle ORDER BY key`)).map((r) => r.key);
    expect(await keys()).toHaveLength(4);
    await t.db.query(`UPDATE sign_in_throttle SET expire = expire - 2 * 3600000 WHERE key LIKE '%ana%' OR key LIKE '%192.0.2.1'`);
    await t.app.get(LoginThrottle).clearExpired();
    expect(await keys()).toEqual([expect.stringContaining(ben.email), expect.stringContaining('192.0.2.2')]);
  });
});
