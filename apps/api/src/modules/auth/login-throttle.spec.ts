import { LoginThrottle, maxFailuresPerAccount, maxFailuresPerAddress } from './login-throttle';

describe('LoginThrottle', () => {
  const start = Date.UTC(2026, 10, 24, 9, 0, 0);

  it(`blocks an account after ${maxFailuresPerAccount} failures, whatever the address`, () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < maxFailuresPerAccount; i++) throttle.recordFailure('ana@example.eu', `10.0.0.${i}`, start + i);
    expect(throttle.retryAfter('ana@example.eu', '10.0.0.99', start + 10)).toBeGreaterThan(0);
    expect(throttle.retryAfter('ben@example.eu', '10.0.0.99', start + 10)).toBe(0);
  });

  it(`blocks an address after ${maxFailuresPerAddress} failures across accounts`, () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < maxFailuresPerAddress; i++) throttle.recordFailure(`user${i}@example.eu`, '192.0.2.7', start + i);
    expect(throttle.retryAfter('new@example.eu', '192.0.2.7', start + 100)).toBeGreaterThan(0);
    expect(throttle.retryAfter('new@example.eu', '192.0.2.8', start + 100)).toBe(0);
  });

  it('lets the account try again once the window has passed', () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < maxFailuresPerAccount; i++) throttle.recordFailure('ana@example.eu', '192.0.2.1', start);
    expect(throttle.retryAfter('ana@example.eu', '192.0.2.1', start + 60_000)).toBe(14 * 60);
    expect(throttle.retryAfter('ana@example.eu', '192.0.2.1', start + 15 * 60_000)).toBe(0);
  });

  it('forgets the account failures after a successful sign-in', () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < maxFailuresPerAccount - 1; i++) throttle.recordFailure('ana@example.eu', '192.0.2.1', start);
    throttle.recordSuccess('ana@example.eu');
    throttle.recordFailure('ana@example.eu', '192.0.2.1', start + 1);
    expect(throttle.retryAfter('ana@example.eu', '192.0.2.1', start + 2)).toBe(0);
  });
});
