import { createParamDecorator, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { map, type Observable } from 'rxjs';
import { AppError } from './app-error';

/**
 * The revision a `PATCH` was based on, from `If-Match: "<revision>"`: 428 when the header is missing, 400
 * when it is not a revision. The service compares it with the current one in its UPDATE (412 when stale).
 */
export const IfMatch = createParamDecorator((_data: unknown, context: ExecutionContext): number => {
  const header = context.switchToHttp().getRequest<Request>().headers['if-match'];
  if (header === undefined) throw new AppError('PRECONDITION_REQUIRED', 'Send If-Match with the revision your change is based on');
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!match) throw AppError.invalid('headers.if-match', 'Expected the revision in quotes, e.g. "3"');
  return Number(match[1]);
});

export function staleRevision(currentRevision: number): AppError {
  return new AppError('STALE_REVISION', 'Someone else saved a change first; reload, merge and try again', undefined, { currentRevision });
}

/**
 * A write answers with `ETag: "<revision>"` of the resource it changed: the precondition for the next write.
 * A read keeps Express's weak ETag of the whole answer, which changes whenever anything in it changes (a
 * comment count, an approval, what the caller may do) and makes `If-None-Match` a 304.
 */
@Injectable()
export class RevisionETag implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    if (req.method === 'GET' || req.method === 'HEAD') return next.handle();
    return next.handle().pipe(
      map((body: unknown) => {
        const revision = (body as { revision?: unknown } | null)?.revision;
        if (typeof revision === 'number') res.setHeader('ETag', `"${revision}"`);
        return body;
      }),
    );
  }
}
