import type { Invitation } from '@belong/contracts';
import type { OrganisationName } from '../organisations/organisations.service';
import type { PersonName } from '../users/users.service';
import type { InvitationRecord } from './invitations.repository';

export function toInvitation(
  r: InvitationRecord,
  organisations: Map<string, OrganisationName>,
  people: Map<string, PersonName>,
): Invitation {
  return {
    id: r.id,
    regionId: r.regionId,
    email: r.email,
    role: r.role,
    organisationId: r.organisationId,
    organisationName: r.organisationId ? (organisations.get(r.organisationId)?.name ?? null) : null,
    signatory: r.signatory,
    department: r.department,
    status: r.status === 'pending' && r.expiresAt <= new Date() ? 'expired' : r.status,
    invitedBy: r.invitedBy ? (people.get(r.invitedBy)?.name ?? null) : null,
    createdAt: r.createdAt.toISOString(),
    sentAt: r.sentAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
  };
}
