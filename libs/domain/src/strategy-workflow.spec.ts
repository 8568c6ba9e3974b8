import { strategyStatuses, type StrategyStatus } from '@belong/contracts';
import { canMove, openToAllRegions, openToMembers, takesFeedback, textFrozen } from './strategy-workflow';

describe('strategy workflow', () => {
  const allowed: Array<[StrategyStatus, StrategyStatus]> = [
    ['draft', 'consultation'],
    ['consultation', 'consolidation'],
    ['consolidation', 'consultation'],
    ['consolidation', 'submitted'],
    ['submitted', 'returned'],
    ['submitted', 'adopted'],
    ['returned', 'consolidation'],
  ];
  const key = (from: string, to: string) => `${from}→${to}`;
  const every = strategyStatuses.flatMap((from) => strategyStatuses.map((to) => [from, to] as const));

  it.each(every)('%s → %s is allowed exactly when the workflow has it', (from, to) => {
    expect(canMove(from, to)).toBe(allowed.some(([f, t]) => key(f, t) === key(from, to)));
  });

  it.each<[StrategyStatus, boolean, boolean, boolean, boolean]>([
    // status, members see it, all regions see it, takes comments and approvals, text frozen
    ['draft', false, false, false, false],
    ['consultation', true, false, true, false],
    ['consolidation', true, false, true, false],
    ['submitted', true, true, false, true],
    ['returned', true, false, false, false],
    ['adopted', true, true, false, true],
  ])('%s: members %s, all regions %s, feedback %s, frozen %s', (status, members, all, feedback, frozen) => {
    expect([openToMembers(status), openToAllRegions(status), takesFeedback(status), textFrozen(status)]).toEqual([
      members,
      all,
      feedback,
      frozen,
    ]);
  });
});
