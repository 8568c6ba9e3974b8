import type { PolicyDecision } from '@belong/domain';
import { AppError } from './app-error';

/**
 * Turns the policy's decision into the answer the contract gives: 404 for what the caller may not know of
 * (named as `what`), 403 for a role that does not allow it, 409 with the policy's code for the wrong moment.
 */
export function enforce(decision: PolicyDecision, what: string, extensions?: Record<string, unknown>): void {
  switch (decision.kind) {
    case 'allow':
      return;
    case 'hidden':
      throw AppError.notFound(what);
    case 'forbidden':
      throw new AppError('FORBIDDEN', decision.reason);
    case 'state':
      throw new AppError(decision.code, decision.reason, undefined, extensions);
  }
}
