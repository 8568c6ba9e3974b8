import { errorStatus, type ErrorCode } from '@belong/contracts';

export interface FieldError {
  path: string;
  message: string;
}

/** A failure the caller can act on, with a stable code; one filter turns it into problem+json. */
export class AppError extends Error {
  readonly status: number;
  /** Response headers that belong to the problem (e.g. Retry-After on a 429). */
  headers: Record<string, string> = {};

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors?: FieldError[],
    /** Extra members of the problem document (e.g. the current revision on a 412). */
    readonly extensions?: Record<string, unknown>,
  ) {
    super(message);
    this.status = errorStatus[code];
  }

  static notFound(what: string): AppError {
    return new AppError('NOT_FOUND', `${what} was not found`);
  }

  static tooManyRequests(retryAfterSeconds: number, message = 'Too many failed sign-ins; try again later'): AppError {
    return AppError.retryLater('TOO_MANY_REQUESTS', message, retryAfterSeconds);
  }

  /** A refusal for now (429, 503) that tells the caller when to come back. */
  static retryLater(code: ErrorCode, message: string, retryAfterSeconds: number): AppError {
    const error = new AppError(code, message);
    error.headers = { 'Retry-After': String(retryAfterSeconds) };
    return error;
  }

  static invalid(path: string, message: string): AppError {
    return new AppError('VALIDATION_FAILED', 'The request is invalid', [{ path, message }]);
  }
}
