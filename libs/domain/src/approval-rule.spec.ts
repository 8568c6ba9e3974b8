import type { ApprovalRule } from '@belong/contracts';
import { summariseApprovals, type OrganisationDecision } from './approval-rule';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 10, minute));
const ngo = (decision: OrganisationDecision['decision'], revision = 2, minute = 0): OrganisationDecision => ({
  organisationId: 'ngo',
  organisationType: 'ngo',
  decision,
  revision,
  at: at(minute),
});
const business = (decision: OrganisationDecision['decision'], revision = 2, minute = 0): OrganisationDecision => ({
  organisationId: 'business',
  organisationType: 'business',
  decision,
  revision,
  at: at(minute),
});
const migrants = (decision: OrganisationDecision['decision'], revision = 2, minute = 0): OrganisationDecision => ({
  organisationId: 'migrants',
  organisationType: 'migrant_organisation',
  decision,
  revision,
  at: at(minute),
});

const twoOrganisations: ApprovalRule = { minOrganisations: 2, requiredTypes: [] };
const withMigrants: ApprovalRule = { minOrganisations: 2, requiredTypes: ['migrant_organisation'] };

describe('summariseApprovals', () => {
  it.each<[string, ApprovalRule, OrganisationDecision[], string, number, string[]]>([
    ['nothing yet', twoOrganisations, [], 'pending', 0, []],
    ['one of two', twoOrganisations, [ngo('approve')], 'pending', 1, []],
    ['two distinct organisations', twoOrganisations, [ngo('approve'), business('approve')], 'approved', 2, []],
    ['the same organisation twice counts once', twoOrganisations, [ngo('approve', 2, 0), ngo('approve', 2, 5)], 'pending', 1, []],
    ['a required type still missing', withMigrants, [ngo('approve'), business('approve')], 'pending', 2, ['migrant_organisation']],
    ['the required type among them', withMigrants, [ngo('approve'), migrants('approve')], 'approved', 2, []],
    [
      'one request for changes outweighs approvals',
      twoOrganisations,
      [ngo('approve'), business('approve'), migrants('request_changes')],
      'changes_requested',
      2,
      [],
    ],
    ['approvals of an earlier revision are stale', twoOrganisations, [ngo('approve', 1), business('approve', 1)], 'pending', 0, []],
    [
      'a stale request for changes counts no more',
      twoOrganisations,
      [ngo('request_changes', 1), ngo('approve'), business('approve')],
      'approved',
      2,
      [],
    ],
    [
      'a changed decision replaces the earlier one',
      twoOrganisations,
      [ngo('request_changes', 2, 0), ngo('approve', 2, 9), business('approve')],
      'approved',
      2,
      [],
    ],
    [
      'a decision made after a move, on the same text, counts',
      twoOrganisations,
      [ngo('approve', 3), business('approve')],
      'approved',
      2,
      [],
    ],
    [
      'and the other way round',
      twoOrganisations,
      [ngo('approve', 2, 0), business('approve'), ngo('request_changes', 2, 9)],
      'changes_requested',
      1,
      [],
    ],
  ])('%s (the text as it is since revision 2)', (_name, rule, decisions, state, approvals, missingTypes) => {
    expect(summariseApprovals(rule, decisions, 2)).toEqual({ state, approvals, required: rule.minOrganisations, missingTypes });
  });
});
