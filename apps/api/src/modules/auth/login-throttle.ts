import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { Housekeeping } from '../../infra/database/housekeeping';
import { AppError } from '../../infra/http/app-error';

const windowSeconds = 15 * 60;
/** Failed sign-ins allowed per account, and per address, in a 15-minute window before 429. */
export const maxFailuresPerAccount = 5;
export const maxFailuresPerAddress = 20;
/** Password reset links asked for per account, and per address, in the same window. */
export const maxResetsPerAccount = 3;
export const maxResetsPerAddress = 10;

/** Created by the migration CreateSignInThrottle, never at run time. */
const table = 'sign_in_throttle';
/** Counts are deleted an hour after their window ended, so that an instance whose clock runs late loses none. */
const keepEndedForMs = 60 * 60_000;

/**
 * Counts sign-in attempts per account and per client address in PostgreSQL, where every API instance sees the
 * same counts. An attempt is counted before its password is checked, in one atomic upsert per key, so that
 * attempts sent at once cannot all slip past the check; one past the limit is refused without a check.
 * A window starts with the first attempt counted on its key and lasts 15 minutes.
 */
@Injectable()
export class LoginThrottle implements OnModuleInit {
  private readonly accounts: RateLimiterPostgres;
  private readonly addresses: RateLimiterPostgres;
  private readonly resetAccounts: RateLimiterPostgres;
  private readonly resetAddresses: RateLimiterPostgres;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly housekeeping: Housekeeping,
  ) {
    const limiter = (keyPrefix: string, points: number) =>
      // On TypeORM's own pool; the clean-up is ours (the house's sweeps), so that it stops when the app does.
      new RateLimiterPostgres({
        storeClient: db,
        storeType: 'typeorm',
        tableName: table,
        tableCreated: true,
        clearExpiredByTimeout: false,
        keyPrefix,
        points,
        duration: windowSeconds,
      });
    this.accounts = limiter('account', maxFailuresPerAccount);
    this.addresses = limiter('address', maxFailuresPerAddress);
    this.resetAccounts = limiter('reset-account', maxResetsPerAccount);
    this.resetAddresses = limiter('reset-address', maxResetsPerAddress);
  }

  onModuleInit(): void {
    this.housekeeping.register('sign-in counts', () => this.clearExpired());
  }

  /**
   * Counts an attempt on the account, then on the address; a 429 when either already had its limit. An attempt
   * the address refuses is given back to the account: its password was not checked.
   */
  async admit(email: string, address: string): Promise<void> {
    await counted(this.accounts, email);
    try {
      await counted(this.addresses, address);
    } catch (error) {
      await this.accounts.reward(email);
      throw error;
    }
  }

  /**
   * Counts a request for a reset link, whether or not the account exists (the answer must not tell): a 429 past
   * the limit, so that nobody floods a mailbox with links.
   */
  async admitResetRequest(email: string, address: string): Promise<void> {
    const message = 'Too many password reset requests; try again later';
    await counted(this.resetAddresses, address, message);
    await counted(this.resetAccounts, email, message);
  }

  /** The account starts afresh, and the address gets the attempt back: only failures count against it. */
  async succeeded(email: string, address: string): Promise<void> {
    await Promise.all([this.accounts.delete(email), this.addresses.reward(address)]);
  }

  /** Deletes the counts whose window ended long ago, and says how many. */
  async clearExpired(now = Date.now()): Promise<number> {
    const [, deleted] = await this.db.query<[unknown, number]>(`DELETE FROM ${table} WHERE expire < $1`, [now - keepEndedForMs]);
    return deleted;
  }
}

/** Consumes one attempt; the limiter rejects with its result (not an Error) when the key is over its limit. */
async function counted(limiter: RateLimiterPostgres, key: string, message?: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    throw AppError.tooManyRequests(Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)), message);
  }
}
