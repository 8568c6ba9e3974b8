import type { StrategyStatus } from '@belong/contracts';

/**
 * The strategy's life: drafted, opened for consultation, consolidated (and reopened for another round),
 * submitted to the regional authority, which returns it for another round or adopts it.
 */
const moves: Record<StrategyStatus, readonly StrategyStatus[]> = {
  draft: ['consultation'],
  consultation: ['consolidation'],
  consolidation: ['consultation', 'submitted'],
  submitted: ['returned', 'adopted'],
  returned: ['consolidation'],
  adopted: [],
};

export function nextStatuses(from: StrategyStatus): readonly StrategyStatus[] {
  return moves[from];
}

export function canMove(from: StrategyStatus, to: StrategyStatus): boolean {
  return moves[from].includes(to);
}

/** Stakeholders, officials and observers see a strategy from the consultation on. */
export function openToMembers(status: StrategyStatus): boolean {
  return status !== 'draft';
}

/** Anyone signed in, of any region, reads submitted and adopted strategies (exchange between regions). */
export function openToAllRegions(status: StrategyStatus): boolean {
  return status === 'submitted' || status === 'adopted';
}

/** Comments and approvals are taken while the text is discussed. */
export function takesFeedback(status: StrategyStatus): boolean {
  return status === 'consultation' || status === 'consolidation';
}

/** The text is frozen once submitted. */
export function textFrozen(status: StrategyStatus): boolean {
  return status === 'submitted' || status === 'adopted';
}
