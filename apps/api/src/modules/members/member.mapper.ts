import type { Member, Membership } from '@belong/contracts';
import type { MembershipEntity } from './membership.entity';

export function toMembership(m: MembershipEntity): Membership {
  return { regionId: m.regionId, role: m.role, organisationId: m.organisationId, signatory: m.signatory, department: m.department };
}

/** Needs `user` and `organisation` joined. */
export function toMember(m: MembershipEntity): Member {
  return {
    regionId: m.regionId,
    userId: m.userId,
    name: m.user?.name ?? '',
    email: m.user?.email ?? '',
    role: m.role,
    organisationId: m.organisationId,
    organisationName: m.organisation?.name ?? null,
    signatory: m.signatory,
    department: m.department,
    createdAt: m.createdAt.toISOString(),
  };
}
