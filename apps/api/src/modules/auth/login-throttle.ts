import { Injectable } from '@nestjs/common';

const windowMs = 15 * 60_000;
/** Failed sign-ins allowed per account, and per address, in a 15-minute window before 429. */
export const maxFailuresPerAccount = 5;
export const maxFailuresPerAddress = 20;

/**
 * Counts failed sign-ins per account and per client address in a sliding window. In memory: one API
 * process per deployment today; a shared store comes with a second process.
 */
@Injectable()
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  /** Seconds until a sign-in may be tried again, or 0 when it may be tried now. */
  retryAfter(email: string, address: string, now = Date.now()): number {
    const account = this.recent(`account:${email}`, now);
    const client = this.recent(`address:${address}`, now);
    const blockedBy = [
      account.length >= maxFailuresPerAccount ? account[account.length - maxFailuresPerAccount] : undefined,
      client.length >= maxFailuresPerAddress ? client[client.length - maxFailuresPerAddress] : undefined,
    ].filter((t): t is number => t !== undefined);
    if (blockedBy.length === 0) return 0;
    return Math.ceil((Math.max(...blockedBy) + windowMs - now) / 1000);
  }

  recordFailure(email: string, address: string, now = Date.now()): void {
    for (const key of [`account:${email}`, `address:${address}`]) this.failures.set(key, [...this.recent(key, now), now]);
  }

  recordSuccess(email: string): void {
    this.failures.delete(`account:${email}`);
  }

  private recent(key: string, now: number): number[] {
    const times = (this.failures.get(key) ?? []).filter((t) => now - t < windowMs);
    if (times.length === 0) this.failures.delete(key);
    else this.failures.set(key, times);
    return times;
  }
}
