import type { Me, Role } from '@belong/contracts';

/** The caller's role in a region, or null when they are not a member. */
export function roleIn(me: Me | null | undefined, regionId: string): Role | null {
  return me?.memberships.find((m) => m.regionId === regionId)?.role ?? null;
}

/** Who may add organisations and manage members: the region's coordinators and administrators. The API decides. */
export function canManageRegion(me: Me | null | undefined, regionId: string): boolean {
  return Boolean(me?.isAdmin) || roleIn(me, regionId) === 'coordinator';
}

/** Who may read the region's strategies list: its members and administrators. */
export function canReadStrategies(me: Me | null | undefined, regionId: string): boolean {
  return Boolean(me?.isAdmin) || roleIn(me, regionId) !== null;
}

/** Who may comment on sections: members other than observers, and administrators (while feedback is taken). */
export function canComment(me: Me | null | undefined, regionId: string): boolean {
  const role = roleIn(me, regionId);
  return Boolean(me?.isAdmin) || (role !== null && role !== 'observer');
}

/** Who decides on sections for an organisation: a stakeholder who signs for it. */
export function isSignatory(me: Me | null | undefined, regionId: string): boolean {
  const membership = me?.memberships.find((m) => m.regionId === regionId);
  return membership?.role === 'stakeholder' && membership.signatory && membership.organisationId !== null;
}

/** The caller's membership in a region, or undefined when they are not a member. */
export function membershipIn(me: Me | null | undefined, regionId: string) {
  return me?.memberships.find((m) => m.regionId === regionId);
}

/** Who sends proposals: stakeholders on behalf of their organisation, and coordinators. */
export function canPropose(me: Me | null | undefined, regionId: string): boolean {
  const membership = membershipIn(me, regionId);
  return membership?.role === 'coordinator' || (membership?.role === 'stakeholder' && membership.organisationId !== null);
}

/** The organisation a stakeholder acts for, or null. */
export function stakeholderOrganisation(me: Me | null | undefined, regionId: string): string | null {
  const membership = membershipIn(me, regionId);
  return membership?.role === 'stakeholder' ? membership.organisationId : null;
}

/** Who answers recommendations: the region's officials of the regional authority. */
export function isOfficial(me: Me | null | undefined, regionId: string): boolean {
  return roleIn(me, regionId) === 'official';
}
