import type { NextFunction, Request, Response } from 'express';
import { sendProblem } from './problem';

/** How deep a request body may nest. The deepest contract nests three levels; walking deeper only costs. */
export const maxJsonDepth = 32;

/** Whether `value` nests objects or arrays more than `max` levels deep (the body itself is level 1). Never recurses. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const pending: Array<{ value: object; depth: number }> = value && typeof value === 'object' ? [{ value, depth: 1 }] : [];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (next.depth > max) return true;
    for (const child of Object.values(next.value)) {
      if (child && typeof child === 'object') pending.push({ value: child as object, depth: next.depth + 1 });
    }
  }
  return false;
}

/**
 * Refuses a parsed JSON body nested deeper than `maxJsonDepth` before any route runs: code that walks a body
 * (the idempotency fingerprint, validation) need not guard against a stack overflow.
 */
export function refuseDeepJson(req: Request, res: Response, next: NextFunction): void {
  if (!nestsDeeperThan(req.body, maxJsonDepth)) return next();
  const message = `Nested more than ${maxJsonDepth} levels deep`;
  sendProblem(res, {
    status: 400,
    code: 'MALFORMED_JSON',
    detail: `The request body is ${message.toLowerCase()}`,
    errors: [{ path: 'body', message }],
  });
}
