import type { ApprovalRule, OrganisationType } from '@belong/contracts';

export type Decision = 'approve' | 'request_changes';
export type ApprovalState = 'pending' | 'approved' | 'changes_requested';

export interface OrganisationDecision {
  organisationId: string;
  organisationType: OrganisationType;
  decision: Decision;
  /** The section revision the decision was made on. */
  revision: number;
  /** When it was made; of two decisions by one organisation on one revision, the later counts. */
  at: Date;
}

export interface ApprovalSummary {
  state: ApprovalState;
  /** Distinct organisations approving the current revision. */
  approvals: number;
  required: number;
  /** Required organisation types with no approval yet on the current revision. */
  missingTypes: OrganisationType[];
}

/**
 * Each organisation's latest decision on the current text: made on `textRevision` (the revision that brought
 * the text as it is now) or on a later one that only moved the section. Decisions on older text are stale.
 */
export function currentDecisions(decisions: readonly OrganisationDecision[], textRevision: number): OrganisationDecision[] {
  const latest = new Map<string, OrganisationDecision>();
  for (const d of decisions) {
    if (d.revision < textRevision) continue;
    const seen = latest.get(d.organisationId);
    if (!seen || d.at >= seen.at) latest.set(d.organisationId, d);
  }
  return [...latest.values()];
}

/**
 * The section's state on its current text: `changes_requested` when any organisation asked for changes;
 * else `approved` when at least `minOrganisations` distinct organisations approved and every required type
 * is among them; else `pending`.
 */
export function summariseApprovals(rule: ApprovalRule, decisions: readonly OrganisationDecision[], textRevision: number): ApprovalSummary {
  const current = currentDecisions(decisions, textRevision);
  const approving = current.filter((d) => d.decision === 'approve');
  const approvedTypes = new Set(approving.map((d) => d.organisationType));
  const missingTypes = rule.requiredTypes.filter((type) => !approvedTypes.has(type));
  const approvals = approving.length;
  const state: ApprovalState = current.some((d) => d.decision === 'request_changes')
    ? 'changes_requested'
    : approvals >= rule.minOrganisations && missingTypes.length === 0
      ? 'approved'
      : 'pending';
  return { state, approvals, required: rule.minOrganisations, missingTypes };
}
