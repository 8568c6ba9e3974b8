import type { z } from 'zod';
import { AppError, type FieldError } from './app-error';

/** Parses input with a contract schema; every issue becomes `{ path, message }` of a 400 problem. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, where: 'body' | 'query' | 'params'): z.output<S> {
  const result = schema.safeParse(value ?? (where === 'body' ? undefined : {}));
  if (result.success) return result.data;
  const errors: FieldError[] = result.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [where, ...issue.path, key].join('.'), message: 'Unknown field' }));
    }
    return [{ path: [where, ...issue.path.map(String)].join('.'), message: issue.message }];
  });
  throw new AppError('VALIDATION_FAILED', `The request ${where} is invalid`, errors);
}
