import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { catchError, from, mergeMap, of, throwError, type Observable } from 'rxjs';
import type { Repository } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user';
import { canonicalJson } from '../../canonical-json';
import { AppError } from '../app-error';
import { IdempotencyKeyEntity } from './idempotency-key.entity';

const header = 'idempotency-key';

/**
 * A create request retried with the same `Idempotency-Key` gets the first response and creates nothing;
 * the same key with another body is a 422. Keys are scoped to the caller.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(@InjectRepository(IdempotencyKeyEntity) private readonly keys: Repository<IdempotencyKeyEntity>) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const key = req.headers[header];
    if (typeof key !== 'string' || !req.user) return next.handle();
    if (key.length < 1 || key.length > 200) throw AppError.invalid('headers.idempotency-key', 'Use 1 to 200 characters');
    const userId = req.user.userId;
    const requestHash = fingerprint(req);
    return from(this.claim(userId, key, requestHash)).pipe(
      mergeMap((stored) => {
        if (stored) {
          context
            .switchToHttp()
            .getResponse<Response>()
            .status(stored.statusCode ?? 200);
          return of(stored.responseBody);
        }
        return next.handle().pipe(
          mergeMap((body) => {
            const statusCode = context.switchToHttp().getResponse<Response>().statusCode;
            return from(this.keys.update({ userId, key }, { statusCode, responseBody: body as object })).pipe(mergeMap(() => of(body)));
          }),
          // A failed request frees its key, so that the client can retry once it fixed the request.
          catchError((error: unknown) => from(this.keys.delete({ userId, key })).pipe(mergeMap(() => throwError(() => error)))),
        );
      }),
    );
  }

  /** Claims the key for this request, or returns the stored first response; throws on misuse. */
  private async claim(userId: string, key: string, requestHash: string): Promise<IdempotencyKeyEntity | null> {
    const claimed = await this.keys.createQueryBuilder().insert().values({ userId, key, requestHash }).orIgnore().execute();
    if ((claimed.raw as unknown[]).length > 0) return null;
    const existing = await this.keys.findOneByOrFail({ userId, key });
    if (existing.requestHash !== requestHash) {
      throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for another request');
    }
    if (existing.statusCode === null) {
      throw new AppError('IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is still being processed');
    }
    return existing;
  }
}

function fingerprint(req: Request): string {
  return createHash('sha256')
    .update(`${req.method} ${req.path}\n${canonicalJson(req.body)}`)
    .digest('hex');
}
