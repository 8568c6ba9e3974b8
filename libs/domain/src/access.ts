import type { Role } from '@belong/contracts';

/** What a caller may try to do inside one region. */
export const regionActions = [
  'members.read',
  'members.write',
  'organisations.read',
  'organisations.write',
  'audit.read',
  'strategies.read',
  'strategies.write',
  'proposals.read',
  'proposals.write',
  'proposals.review',
  'proposals.endorse',
  'recommendations.respond',
] as const;
export type RegionAction = (typeof regionActions)[number];

const allowedRoles: Record<RegionAction, readonly Role[]> = {
  'members.read': ['coordinator'],
  'members.write': ['coordinator'],
  'organisations.read': ['coordinator', 'stakeholder', 'official', 'observer'],
  'organisations.write': ['coordinator'],
  'audit.read': ['coordinator'],
  'strategies.read': ['coordinator', 'stakeholder', 'official', 'observer'],
  'strategies.write': ['coordinator'],
  'proposals.read': ['coordinator', 'stakeholder', 'official', 'observer'],
  'proposals.write': ['coordinator', 'stakeholder'],
  'proposals.review': ['coordinator'],
  'proposals.endorse': ['stakeholder'],
  'recommendations.respond': ['official'],
};

export interface Caller {
  userId: string;
  isAdmin: boolean;
  memberships: ReadonlyArray<{ regionId: string; role: Role }>;
}

/**
 * `not_found` for a caller outside the region, so that nothing of a region leaks to non-members;
 * `forbidden` for a member whose role does not allow the action.
 */
export type AccessDecision = 'allow' | 'forbidden' | 'not_found';

export function decideRegionAccess(caller: Caller, regionId: string, action: RegionAction): AccessDecision {
  if (caller.isAdmin) return 'allow';
  const membership = caller.memberships.find((m) => m.regionId === regionId);
  if (!membership) return 'not_found';
  return allowedRoles[action].includes(membership.role) ? 'allow' : 'forbidden';
}

export function roleIn(caller: Caller, regionId: string): Role | null {
  return caller.memberships.find((m) => m.regionId === regionId)?.role ?? null;
}
