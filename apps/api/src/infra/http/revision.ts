import { createParamDecorator, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { map, type Observable } from 'rxjs';
import { AppError } from './app-error';
import { SerialisedAnswer } from './serialised-answer';

/** Set on a route that reads `If-Match` (for the OpenAPI document). */
export const IF_MATCH = 'belong:if-match';

const ifMatchHeader = createParamDecorator((_data: unknown, context: ExecutionContext): number => {
  const header = context.switchToHttp().getRequest<Request>().headers['if-match'];
  if (header === undefined) throw new AppError('PRECONDITION_REQUIRED', 'Send If-Match with the revision your change is based on');
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!match) throw AppError.invalid('headers.if-match', 'Expected the revision in quotes, e.g. "3"');
  return Number(match[1]);
});

/**
 * The revision a `PATCH` was based on, from `If-Match: "<revision>"`: 428 when the header is missing, 400
 * when it is not a revision. The service compares it with the current one in its UPDATE (412 when stale).
 */
export const IfMatch = (): ParameterDecorator => (target, key, index) => {
  if (key !== undefined) Reflect.defineMetadata(IF_MATCH, true, target, key);
  ifMatchHeader()(target, key, index);
};

export function staleRevision(currentRevision: number): AppError {
  return new AppError('STALE_REVISION', 'Someone else saved a change first; reload, merge and try again', undefined, { currentRevision });
}

/**
 * A write answers with `ETag: "<revision>"` of the resource it changed: the precondition for the next write.
 * (Reads of a whole resource answer with AnswerETag instead.)
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

/** Whether `If-None-Match` names `tag` (weak comparison, as for GET), or is `*`. */
function named(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (t: string) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => candidate.trim() === '*' || opaque(candidate) === opaque(tag));
}

/**
 * A detail read answers with a weak ETag of the whole answer, which changes whenever anything in it changes
 * (a comment count, an approval, what the caller may do), though the resource's revision does not; a client
 * that sends it back as `If-None-Match` gets a 304 while its copy is current. Writes keep their precondition
 * on the revision (If-Match). The answer is serialised once, for both the tag and the body (a strategy of 60
 * sections is some 90 KB of JSON), or comes serialised already from the AnswerCache.
 */
@Injectable()
export class AnswerETag implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((body: unknown) => {
        const answer = body instanceof SerialisedAnswer ? body : SerialisedAnswer.of(body);
        res.setHeader('ETag', answer.tag);
        if (named(req.headers['if-none-match'], answer.tag)) {
          res.status(304);
          return undefined;
        }
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        return answer.json;
      }),
    );
  }
}
