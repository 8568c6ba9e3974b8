import type { ErrorCode } from '@belong/contracts';

/** The refusals that depend on the workflow's state rather than on who asks (409 in the API). */
export type StateCode = Extract<
  ErrorCode,
  'TEXT_FROZEN' | 'FEEDBACK_CLOSED' | 'TRANSITION_NOT_ALLOWED' | 'INVALID_STATE' | 'ALREADY_ENDORSED' | 'COMMENT_IN_USE'
>;

/**
 * What the policy says to a caller about one action on one resource:
 * - `allow`;
 * - `hidden`: the caller may not even know the resource exists (the API answers 404);
 * - `forbidden`: they see it, but their role does not allow the action (403);
 * - `state`: their role would allow it, but not in the resource's current state (409 with `code`).
 */
export type PolicyDecision =
  { kind: 'allow' } | { kind: 'hidden' } | { kind: 'forbidden'; reason: string } | { kind: 'state'; code: StateCode; reason: string };

export const allow: PolicyDecision = { kind: 'allow' };
export const hidden: PolicyDecision = { kind: 'hidden' };
export const forbidden = (reason: string): PolicyDecision => ({ kind: 'forbidden', reason });
export const refusedNow = (code: StateCode, reason: string): PolicyDecision => ({ kind: 'state', code, reason });

/** The first refusal among checks made in order (visibility, then role, then state), or allow. */
export function firstRefusal(...checks: Array<() => PolicyDecision>): PolicyDecision {
  for (const check of checks) {
    const decision = check();
    if (decision.kind !== 'allow') return decision;
  }
  return allow;
}
