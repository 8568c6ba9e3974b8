import { proposalStatuses, type ProposalStatus } from '@belong/contracts';
import { canMoveProposal, feedsRecommendations, needsAnswer } from './proposal-workflow';

describe('proposal workflow', () => {
  const allowed = new Set([
    'submitted→under_review',
    'submitted→withdrawn',
    'under_review→accepted',
    'under_review→partially_accepted',
    'under_review→rejected',
    'under_review→withdrawn',
  ]);
  const every = proposalStatuses.flatMap((from) => proposalStatuses.map((to) => [from, to] as const));

  it.each(every)('%s → %s is allowed exactly when the workflow has it', (from, to) => {
    expect(canMoveProposal(from, to)).toBe(allowed.has(`${from}→${to}`));
  });

  it.each<[ProposalStatus, boolean, boolean]>([
    ['submitted', false, false],
    ['under_review', false, false],
    ['accepted', true, true],
    ['partially_accepted', true, true],
    ['rejected', true, false],
    ['withdrawn', false, false],
  ])('%s: needs an answer %s, feeds recommendations %s', (status, answer, feeds) => {
    expect([needsAnswer(status), feedsRecommendations(status)]).toEqual([answer, feeds]);
  });
});
