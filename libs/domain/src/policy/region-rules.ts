import type { Role } from '@belong/contracts';
import { roleIn, type Caller } from './caller';
import { allow, forbidden, hidden, type PolicyDecision } from './decision';
import type { ActionOn, PlatformResource, RegionResource } from './resources';

const allMembers: readonly Role[] = ['coordinator', 'stakeholder', 'official', 'observer'];

/** Which roles of a region may take each region-wide action; administrators may take them all. */
const regionRoles: Record<ActionOn<'region'>, readonly Role[]> = {
  read: allMembers,
  readMembers: ['coordinator'],
  manageMembers: ['coordinator'],
  readOrganisations: allMembers,
  manageOrganisations: ['coordinator'],
  readAudit: ['coordinator'],
  addStrategy: ['coordinator'],
  readProposals: allMembers,
  propose: ['coordinator', 'stakeholder'],
  reviewProposals: ['coordinator'],
};

/** Nothing of a region's own work is shown outside it: a non-member is told it does not exist. */
export function decideOnRegion(caller: Caller, action: ActionOn<'region'>, region: RegionResource): PolicyDecision {
  if (caller.isAdmin) return allow;
  const role = roleIn(caller, region.id);
  if (!role) return hidden;
  return regionRoles[action].includes(role) ? allow : forbidden('Your role in this region does not allow this');
}

/**
 * Accounts are the administrators' to create, and the outbox theirs to read (it holds other people's links);
 * coordinators look people up by email to add them.
 */
export function decideOnPlatform(caller: Caller, action: ActionOn<'platform'>, _platform: PlatformResource): PolicyDecision {
  switch (action) {
    case 'createAccount':
      return caller.isAdmin ? allow : forbidden('Only an administrator creates accounts');
    case 'lookUpPeople':
      return caller.isAdmin || caller.memberships.some((m) => m.role === 'coordinator')
        ? allow
        : forbidden('Only administrators and coordinators look people up');
    case 'readOutbox':
      return caller.isAdmin ? allow : forbidden('Only an administrator reads the mail outbox');
  }
}
