import type { ProposalStatus } from '@belong/contracts';

/**
 * A proposal is submitted, taken under review, then accepted, partly accepted or rejected; its author's
 * organisation may withdraw it until it is decided. A decided or withdrawn proposal moves no more.
 */
const moves: Record<ProposalStatus, readonly ProposalStatus[]> = {
  submitted: ['under_review', 'withdrawn'],
  under_review: ['accepted', 'partially_accepted', 'rejected', 'withdrawn'],
  accepted: [],
  partially_accepted: [],
  rejected: [],
  withdrawn: [],
};

export function canMoveProposal(from: ProposalStatus, to: ProposalStatus): boolean {
  return moves[from].includes(to);
}

export function nextProposalStatuses(from: ProposalStatus): readonly ProposalStatus[] {
  return moves[from];
}

/** The proposer is owed an answer for every decision. */
export function needsAnswer(to: ProposalStatus): boolean {
  return to === 'accepted' || to === 'partially_accepted' || to === 'rejected';
}

/** Only accepted and partly accepted proposals feed recommendations. */
export function feedsRecommendations(status: ProposalStatus): boolean {
  return status === 'accepted' || status === 'partially_accepted';
}

/** Withdrawing is the author's organisation's move; every other move is the coordinator's. */
export function isWithdrawal(to: ProposalStatus): boolean {
  return to === 'withdrawn';
}
