import type { Role } from '@belong/contracts';

/** A membership as far as the policy cares: the role in the region and the organisation acted for. */
export interface CallerMembership {
  regionId: string;
  role: Role;
  organisationId: string | null;
  signatory: boolean;
}

/** Who is asking: the policy decides from this alone, never from the request. */
export interface Caller {
  userId: string;
  isAdmin: boolean;
  memberships: readonly CallerMembership[];
}

export function membershipIn(caller: Caller, regionId: string): CallerMembership | undefined {
  return caller.memberships.find((m) => m.regionId === regionId);
}

export function roleIn(caller: Caller, regionId: string): Role | null {
  return membershipIn(caller, regionId)?.role ?? null;
}

/** The organisation a stakeholder acts for in the region, or null. */
export function organisationOf(caller: Caller, regionId: string): string | null {
  const membership = membershipIn(caller, regionId);
  return membership?.role === 'stakeholder' ? membership.organisationId : null;
}

export function coordinates(caller: Caller, regionId: string): boolean {
  return caller.isAdmin || roleIn(caller, regionId) === 'coordinator';
}

/** An official of the regional authority (or an administrator): the authority's acts are theirs. */
export function speaksForAuthority(caller: Caller, regionId: string): boolean {
  return caller.isAdmin || roleIn(caller, regionId) === 'official';
}

/** A stakeholder who signs for their organisation. */
export function signsFor(caller: Caller, regionId: string): string | null {
  const membership = membershipIn(caller, regionId);
  return membership?.role === 'stakeholder' && membership.signatory ? membership.organisationId : null;
}
