import { z } from 'zod';
import { id, locale, text, timestamp } from './common';
import { checkRoleFields, role, roleFields } from './members';
import { email } from './users';

export const createInvitationRequest = z.strictObject({ email, ...roleFields }).superRefine(checkRoleFields);
export type CreateInvitationRequest = z.infer<typeof createInvitationRequest>;

export const invitationStatuses = ['pending', 'accepted', 'revoked', 'expired'] as const;
export const invitationStatus = z.enum(invitationStatuses);
export type InvitationStatus = z.infer<typeof invitationStatus>;

/** An invitation as the region's coordinators see it. */
export const invitation = z.object({
  id,
  regionId: id,
  email: z.string(),
  role,
  organisationId: id.nullable(),
  organisationName: z.string().nullable(),
  signatory: z.boolean(),
  department: z.string().nullable(),
  status: invitationStatus,
  invitedBy: z.string().nullable(),
  createdAt: timestamp,
  sentAt: timestamp,
  expiresAt: timestamp,
});
export type Invitation = z.infer<typeof invitation>;

export const invitationParams = z.strictObject({ regionId: id, invitationId: id });
export const invitationListQuery = z.strictObject({
  status: invitationStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().min(1).max(500).optional(),
});
export type InvitationListQuery = z.infer<typeof invitationListQuery>;

/** The token from the emailed link: 32 random bytes, base64url. */
export const linkToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'Not a link Belong sent');
export const tokenParams = z.strictObject({ token: linkToken });

/** What the person who opens the link is told, before they accept (public: the token is the key). */
export const invitationPreview = z.object({
  email: z.string(),
  regionId: id,
  regionName: z.string(),
  role,
  organisationName: z.string().nullable(),
  signatory: z.boolean(),
  department: z.string().nullable(),
  invitedBy: z.string().nullable(),
  expiresAt: timestamp,
  /** An account with this email exists: the person signs in with its password instead of choosing one. */
  hasAccount: z.boolean(),
});
export type InvitationPreview = z.infer<typeof invitationPreview>;

/**
 * A new account chooses a name and a password, and keeps the interface language it accepted in (else the
 * region's); an existing one gives its password.
 */
export const acceptInvitationRequest = z.strictObject({
  name: text(120).optional(),
  password: z.string().min(1).max(128),
  locale: locale.optional(),
});
export type AcceptInvitationRequest = z.infer<typeof acceptInvitationRequest>;
