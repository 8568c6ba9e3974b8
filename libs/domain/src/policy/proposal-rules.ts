import type { ProposalStatus } from '@belong/contracts';
import { organisationOf, roleIn, type Caller } from './caller';
import { allow, firstRefusal, forbidden, hidden, refusedNow, type PolicyDecision } from './decision';
import { decideOnRegion } from './region-rules';
import type { ActionOn, ProposalResource } from './resources';

const undecided: readonly ProposalStatus[] = ['submitted', 'under_review'];

const open = (proposal: ProposalResource, what: string) => () =>
  undecided.includes(proposal.status) ? allow : refusedNow('TRANSITION_NOT_ALLOWED', `The proposal is ${proposal.status}: ${what}`);

/** A proposal is the region's business: its members read it; the coordinators review it. */
export function decideOnProposal(caller: Caller, action: ActionOn<'proposal'>, proposal: ProposalResource): PolicyDecision {
  const see = () => (caller.isAdmin || roleIn(caller, proposal.regionId) !== null ? allow : hidden);
  const own = organisationOf(caller, proposal.regionId);
  switch (action) {
    case 'read':
      return see();
    case 'review':
      return firstRefusal(
        see,
        () => decideOnRegion(caller, 'reviewProposals', { type: 'region', id: proposal.regionId }),
        open(proposal, 'it is decided'),
      );
    case 'withdraw':
      return firstRefusal(
        see,
        () =>
          proposal.authorId === caller.userId || (own !== null && own === proposal.organisationId)
            ? allow
            : forbidden('Only the proposing organisation withdraws its proposal'),
        open(proposal, 'it can no longer be withdrawn'),
      );
    case 'endorse':
      return firstRefusal(
        see,
        () => (own !== null && own !== proposal.organisationId ? allow : forbidden('An organisation endorses the proposals of others')),
        () =>
          undecided.includes(proposal.status)
            ? allow
            : refusedNow('INVALID_STATE', `The proposal is ${proposal.status}: it takes no more endorsements`),
        () =>
          own !== null && proposal.endorsedBy.includes(own)
            ? refusedNow('ALREADY_ENDORSED', 'Your organisation endorses this proposal already')
            : allow,
      );
  }
}
