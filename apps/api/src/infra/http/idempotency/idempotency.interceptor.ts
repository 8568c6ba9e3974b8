import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { AuthUser } from '../../auth/auth-user';
import { canonicalJson } from '../../canonical-json';
import { Transactions } from '../../database/transactions';
import { AppError } from '../app-error';

const header = 'idempotency-key';

interface StoredResponse {
  request_hash: string;
  status_code: number | null;
  response_body: unknown;
}

/**
 * A create request retried with the same `Idempotency-Key` gets the first response and creates nothing; the
 * same key with another body is a 422. Keys are scoped to the caller.
 *
 * The whole request runs in one transaction with the key's claim: the key, what the request creates and the
 * response stored for it commit together, or (on any failure, a crash included) none of them does, so a
 * key is never left claimed by a request that did not finish. A second request with the same key waits on
 * the first one's claim (the primary key) and then finds its response.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly tx: Transactions) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const res = context.switchToHttp().getResponse<Response>();
    const key = req.headers[header];
    if (typeof key !== 'string' || !req.user) return next.handle();
    if (key.length < 1 || key.length > 200) throw AppError.invalid('headers.idempotency-key', 'Use 1 to 200 characters');
    const userId = req.user.userId;
    const requestHash = fingerprint(req);
    return from(
      this.tx.run(async (): Promise<unknown> => {
        const stored = await this.claim(userId, key, requestHash);
        if (stored) {
          res.status(stored.status_code ?? 200);
          return stored.response_body;
        }
        const body: unknown = await lastValueFrom(next.handle(), { defaultValue: undefined });
        await this.tx
          .manager()
          .query(`UPDATE idempotency_keys SET status_code = $3, response_body = $4 WHERE user_id = $1 AND key = $2`, [
            userId,
            key,
            res.statusCode,
            body === undefined ? null : JSON.stringify(body),
          ]);
        return body;
      }),
    );
  }

  /** Claims the key in the current transaction, or returns the response stored for it; throws on misuse. */
  private async claim(userId: string, key: string, requestHash: string): Promise<StoredResponse | null> {
    const manager = this.tx.manager();
    const claimed = await manager.query<unknown[]>(
      `INSERT INTO idempotency_keys (user_id, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING key`,
      [userId, key, requestHash],
    );
    if (claimed.length > 0) return null;
    const [existing] = await manager.query<StoredResponse[]>(
      `SELECT request_hash, status_code, response_body FROM idempotency_keys WHERE user_id = $1 AND key = $2`,
      [userId, key],
    );
    // Swept between the two statements: the key is free again, but not in this transaction's snapshot.
    if (!existing) throw new AppError('IDEMPOTENCY_KEY_IN_USE', 'This Idempotency-Key was just released; send the request again');
    if (existing.request_hash !== requestHash)
      throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for another request');
    if (existing.status_code === null)
      throw new AppError('IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is still being processed');
    return existing;
  }
}

function fingerprint(req: Request): string {
  return createHash('sha256')
    .update(`${req.method} ${req.path}\n${canonicalJson(req.body)}`)
    .digest('hex');
}
