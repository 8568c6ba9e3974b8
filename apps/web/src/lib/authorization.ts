import type { Me, Role } from '@belong/contracts';

/** The caller's role in a region, or null when they are not a member. */
export function roleIn(me: Me | null | undefined, regionId: string): Role | null {
  return me?.memberships.find((m) => m.regionId === regionId)?.role ?? null;
}

/** Who may add organisations and manage members: the region's coordinators and administrators. The API decides. */
export function canManageRegion(me: Me | null | undefined, regionId: string): boolean {
  return Boolean(me?.isAdmin) || roleIn(me, regionId) === 'coordinator';
}
