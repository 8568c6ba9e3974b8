import { proposalStatuses, type ProposalStatus } from '@belong/contracts';
import type { Caller } from './caller';
import { actionsOpen, decide } from './can';
import type { ActionOn } from './resources';
import { cell, cells, orgA, orgC, people, regionA } from './policy.spec-helpers';

const colleague: Caller = {
  userId: 'colleague',
  isAdmin: false,
  memberships: [{ regionId: regionA, role: 'stakeholder', organisationId: orgA, signatory: false }],
};
const endorser: Caller = {
  userId: 'endorser',
  isAdmin: false,
  memberships: [{ regionId: regionA, role: 'stakeholder', organisationId: orgC, signatory: false }],
};
const callers = { ...people, colleague, endorser };
// The proposal is `stakeholder`'s, for organisation A; organisation C endorses it already; B (the signatory's) does not.
const columns = ['admin', 'coordinator', 'stakeholder', 'colleague', 'signatory', 'endorser', 'official', 'observer', 'outsider'] as const;
const proposal = (status: ProposalStatus) => ({
  type: 'proposal' as const,
  regionId: regionA,
  status,
  authorId: 'stakeholder',
  organisationId: orgA,
  endorsedBy: [orgC],
});

const table: Record<ActionOn<'proposal'>, Record<ProposalStatus, string>> = {
  //                         admin coord author colleag sign endorser offic obser outsider
  read: {
    submitted: /*         */ 'A     A     A      A       A    A        A     A     H',
    under_review: /*      */ 'A     A     A      A       A    A        A     A     H',
    accepted: /*          */ 'A     A     A      A       A    A        A     A     H',
    partially_accepted: /**/ 'A     A     A      A       A    A        A     A     H',
    rejected: /*          */ 'A     A     A      A       A    A        A     A     H',
    withdrawn: /*         */ 'A     A     A      A       A    A        A     A     H',
  },
  review: {
    submitted: /*         */ 'A     A     F      F       F    F        F     F     H',
    under_review: /*      */ 'A     A     F      F       F    F        F     F     H',
    accepted: /*          */ 'S     S     F      F       F    F        F     F     H',
    partially_accepted: /**/ 'S     S     F      F       F    F        F     F     H',
    rejected: /*          */ 'S     S     F      F       F    F        F     F     H',
    withdrawn: /*         */ 'S     S     F      F       F    F        F     F     H',
  },
  withdraw: {
    submitted: /*         */ 'F     F     A      A       F    F        F     F     H',
    under_review: /*      */ 'F     F     A      A       F    F        F     F     H',
    accepted: /*          */ 'F     F     S      S       F    F        F     F     H',
    partially_accepted: /**/ 'F     F     S      S       F    F        F     F     H',
    rejected: /*          */ 'F     F     S      S       F    F        F     F     H',
    withdrawn: /*         */ 'F     F     S      S       F    F        F     F     H',
  },
  endorse: {
    submitted: /*         */ 'F     F     F      F       A    S        F     F     H',
    under_review: /*      */ 'F     F     F      F       A    S        F     F     H',
    accepted: /*          */ 'F     F     F      F       S    S        F     F     H',
    partially_accepted: /**/ 'F     F     F      F       S    S        F     F     H',
    rejected: /*          */ 'F     F     F      F       S    S        F     F     H',
    withdrawn: /*         */ 'F     F     F      F       S    S        F     F     H',
  },
};

describe('the policy on proposals', () => {
  const rows = Object.entries(table).flatMap(([action, byStatus]) =>
    Object.entries(byStatus).map(([status, row]) => [action as ActionOn<'proposal'>, status as ProposalStatus, row] as const),
  );

  it('has a row for every action in every status', () => {
    expect(rows).toHaveLength(Object.keys(table).length * proposalStatuses.length);
  });

  it.each(rows)('%s when %s', (action, status, row) => {
    const got = columns.map((who) => cell(decide(callers[who], action, proposal(status))));
    expect(got.join(' ')).toBe(cells(row).join(' '));
  });

  it('tells an organisation that endorsed already why it may not again', () => {
    expect(decide(endorser, 'endorse', proposal('submitted'))).toEqual(expect.objectContaining({ code: 'ALREADY_ENDORSED' }));
    expect(actionsOpen(endorser, proposal('submitted'))).toEqual([]);
    expect(actionsOpen(people.signatory, proposal('submitted'))).toEqual(['endorse']);
    expect(actionsOpen(people.stakeholder, proposal('under_review'))).toEqual(['withdraw']);
  });
});
