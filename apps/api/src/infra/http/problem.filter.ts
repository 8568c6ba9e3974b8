import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { AppError } from './app-error';
import { sendProblem, type ProblemInput } from './problem';

/** The one place where errors become problem+json. Anything unknown is a 500 with nothing of its internals. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    // A caller who went away (a dropped download) has nobody to tell, and it is no fault of ours to log.
    if (res.headersSent || res.destroyed || res.closed) return;
    sendProblem(res, this.toProblem(exception));
  }

  private toProblem(exception: unknown): ProblemInput {
    if (exception instanceof AppError) {
      return {
        headers: exception.headers,
        status: exception.status,
        code: exception.code,
        detail: exception.message,
        errors: exception.errors,
        extensions: exception.extensions,
      };
    }
    if (exception instanceof HttpException) return fromHttpException(exception);
    const parserProblem = fromBodyParserError(exception);
    if (parserProblem) return parserProblem;
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return { status: 500, code: 'INTERNAL', detail: 'Something went wrong on our side. Please try again later.' };
  }
}

function fromHttpException(exception: HttpException): ProblemInput {
  const status = exception.getStatus();
  switch (status) {
    case 404:
      return { status, code: 'NOT_FOUND', detail: 'No such resource' };
    case 401:
      return { status, code: 'UNAUTHENTICATED', detail: 'Sign in first' };
    case 403:
      return { status, code: 'FORBIDDEN', detail: 'You may not do this' };
    case 413:
      return { status, code: 'PAYLOAD_TOO_LARGE', detail: 'The request body is too large' };
    case 429:
      return { status, code: 'TOO_MANY_REQUESTS', detail: 'Too many requests; try again later' };
    default:
      return status >= 500
        ? { status: 500, code: 'INTERNAL', detail: 'Something went wrong on our side. Please try again later.' }
        : { status: 400, code: 'VALIDATION_FAILED', detail: exception.message };
  }
}

interface BodyParserError {
  type?: string;
  status?: number;
}

/** Errors raised by the JSON body parser before any route runs. */
export function fromBodyParserError(error: unknown): ProblemInput | null {
  const e = error as BodyParserError | null;
  if (!e || typeof e !== 'object' || typeof e.type !== 'string') return null;
  switch (e.type) {
    case 'entity.parse.failed':
      return { status: 400, code: 'MALFORMED_JSON', detail: 'The request body is not valid JSON' };
    case 'entity.too.large':
      return { status: 413, code: 'PAYLOAD_TOO_LARGE', detail: 'The request body is too large' };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', detail: 'Send the body as UTF-8 JSON' };
    default:
      return e.status && e.status < 500 ? { status: 400, code: 'VALIDATION_FAILED', detail: 'The request body could not be read' } : null;
  }
}
