import type { Member, Membership } from '@belong/contracts';
import type { OrganisationName } from '../organisations/organisations.service';
import type { PersonName } from '../users/users.service';
import type { MembershipRecord } from './members.repository';

export function toMembership(m: MembershipRecord): Membership {
  return { regionId: m.regionId, role: m.role, organisationId: m.organisationId, signatory: m.signatory, department: m.department };
}

export function toMember(m: MembershipRecord, person: PersonName | undefined, organisation: OrganisationName | undefined): Member {
  return {
    regionId: m.regionId,
    userId: m.userId,
    name: person?.name ?? '',
    email: person?.email ?? '',
    role: m.role,
    organisationId: m.organisationId,
    organisationName: organisation?.name ?? null,
    signatory: m.signatory,
    department: m.department,
    createdAt: m.createdAt.toISOString(),
  };
}
