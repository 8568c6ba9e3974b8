import type { z } from 'zod';
import { AppError, type FieldError } from './app-error';

/**
 * Parses input with a contract schema; every issue becomes `{ path, message }` of a 400 problem. Text with a
 * NUL character passes any string schema but PostgreSQL cannot store it, so it is refused here, for every route.
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, where: 'body' | 'query' | 'params'): z.output<S> {
  const result = schema.safeParse(value ?? (where === 'body' ? undefined : {}));
  if (!result.success) {
    const errors: FieldError[] = result.error.issues.flatMap((issue) => {
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => ({ path: [where, ...issue.path, key].join('.'), message: 'Unknown field' }));
      }
      return [{ path: [where, ...issue.path.map(String)].join('.'), message: issue.message }];
    });
    throw new AppError('VALIDATION_FAILED', `The request ${where} is invalid`, errors);
  }
  const withNul = pathsOfTextWithNul(result.data, where);
  if (withNul.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      `The request ${where} is invalid`,
      withNul.map((path) => ({ path, message: 'Contains a NUL character (\\u0000), which cannot be stored' })),
    );
  }
  return result.data;
}

/** The paths of every string in `value` that holds U+0000, walked without recursion. */
function pathsOfTextWithNul(value: unknown, root: string): string[] {
  const found: string[] = [];
  const pending: Array<{ value: unknown; path: string }> = [{ value, path: root }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (typeof next.value === 'string') {
      if (next.value.includes('\u0000')) found.push(next.path);
    } else if (next.value && typeof next.value === 'object') {
      for (const [key, child] of Object.entries(next.value)) pending.push({ value: child, path: `${next.path}.${key}` });
    }
  }
  return found.sort();
}
