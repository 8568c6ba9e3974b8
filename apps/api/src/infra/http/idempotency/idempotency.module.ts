import { Global, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { Housekeeping } from '../../database/housekeeping';
import { Transactions } from '../../database/transactions';
import { IdempotencyInterceptor } from './idempotency.interceptor';

/** How long a create's first response is kept for its retries. */
export const idempotencyKeyHours = 24;

@Injectable()
export class IdempotencyKeys implements OnModuleInit {
  constructor(
    private readonly tx: Transactions,
    private readonly housekeeping: Housekeeping,
  ) {}

  onModuleInit(): void {
    this.housekeeping.register('idempotency keys', () => this.sweep());
  }

  /** Keys older than a day: a client retries within minutes, not days. */
  async sweep(now = Date.now()): Promise<number> {
    const [, deleted] = await this.tx
      .manager()
      .query<[unknown, number]>(`DELETE FROM idempotency_keys WHERE created_at < $1`, [new Date(now - idempotencyKeyHours * 3600_000)]);
    return deleted;
  }
}

/** Idempotent creates (`@Idempotent()`): the interceptor every such route uses, and the sweep of old keys. */
@Global()
@Module({ providers: [IdempotencyInterceptor, IdempotencyKeys], exports: [IdempotencyInterceptor, IdempotencyKeys] })
export class IdempotencyModule {}
