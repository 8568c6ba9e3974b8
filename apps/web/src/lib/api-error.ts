import type { ErrorCode } from '@belong/contracts';
import type { z } from 'zod';

/** Codes the client adds for failures that never reached the API or came back in an unexpected shape. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'UNEXPECTED_RESPONSE';

export interface FieldError {
  /** The field's name, with the problem's `body.` or `query.` prefix taken off. */
  field: string;
  message: string;
}

/**
 * A failed API call: the problem's stable code, its field errors, Retry-After when throttled, and the
 * problem document as it came (its extension members, such as `currentRevision`, are read with a schema).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | ClientErrorCode,
    readonly fieldErrors: FieldError[] = [],
    readonly retryAfterSeconds?: number,
    readonly problem: unknown = undefined,
  ) {
    super(code);
    this.name = 'ApiError';
  }

  static async fromResponse(response: Response): Promise<ApiError> {
    const body: unknown = await response.json().catch(() => undefined);
    const { problem } = await import('./shell-schemas');
    const parsed = problem.safeParse(body);
    const retryAfter = Number(response.headers.get('Retry-After'));
    const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined;
    if (!parsed.success) return new ApiError(response.status, 'UNEXPECTED_RESPONSE', [], retryAfterSeconds);
    const fieldErrors = (parsed.data.errors ?? []).map(({ path, message }) => ({
      field: path.replace(/^(body|query|params)\./, ''),
      message,
    }));
    return new ApiError(parsed.data.status, parsed.data.code as ErrorCode, fieldErrors, retryAfterSeconds, body);
  }

  /** The problem's extension members, when they have the shape the schema expects; else undefined. */
  extension<S extends z.ZodType>(schema: S): z.output<S> | undefined {
    const parsed = schema.safeParse(this.problem);
    return parsed.success ? parsed.data : undefined;
  }
}

export function isApiError(error: unknown, code?: ApiError['code']): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
