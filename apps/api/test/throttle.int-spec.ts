import { maxFailuresPerAccount, maxFailuresPerAddress } from '../src/modules/auth/login-throttle';
import { password, person } from './support/fixtures';
import { expectProblem } from './support/http';
import { createTestApp, type TestApp } from './support/test-app';

describe('sign-in throttling', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  const login = (email: string, pass: string) => t.http().post('/api/auth/login').send({ email, password: pass });

  it(`locks an account for a while after ${maxFailuresPerAccount} wrong passwords, even for the right one`, async () => {
    const ana = await person(t, 'Ana');
    for (let i = 0; i < maxFailuresPerAccount; i++)
      expectProblem(await login(ana.email, `wrong password ${i}`), 401, 'INVALID_CREDENTIALS');
    const locked = await login(ana.email, password);
    expectProblem(locked, 429, 'TOO_MANY_REQUESTS');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    const ben = await person(t, 'Ben');
    await login(ben.email, password).expect(200);
  });

  it(`blocks an address after ${maxFailuresPerAddress} failures across accounts`, async () => {
    for (let i = 0; i < maxFailuresPerAddress; i++) await login(`guess${i}@test.belong.eu`, 'wrong password');
    const ben = await person(t, 'Ben');
    expectProblem(await login(ben.email, password), 429, 'TOO_MANY_REQUESTS');
  });
});
