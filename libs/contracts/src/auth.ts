import { z } from 'zod';
import { platformAction } from './can';
import { id, locale } from './common';
import { membership } from './members';
import { password } from './users';

export const loginRequest = z.strictObject({
  email: z.string().trim().toLowerCase().min(1).max(254),
  password: z.string().min(1).max(128),
});
export type LoginRequest = z.infer<typeof loginRequest>;

export const me = z.object({
  id,
  email: z.string(),
  name: z.string(),
  locale,
  isAdmin: z.boolean(),
  memberships: z.array(membership),
});
export type Me = z.infer<typeof me>;

/** `GET /api/auth/me`: the contract's fields, plus the CSRF token a reloaded browser page needs again. */
export const meResponse = me.extend({
  csrfToken: z.string(),
  /** What the person may do beyond any one region (create accounts, look people up). */
  can: z.array(platformAction),
});
export type MeResponse = z.infer<typeof meResponse>;

/** The login response's `user` is the same as `GET /api/auth/me`'s, CSRF token included. */
export const loginResponse = z.object({ token: z.string(), csrfToken: z.string(), user: meResponse });
export type LoginResponse = z.infer<typeof loginResponse>;

export { csrfHeader, sessionCookie } from './constants';

export const passwordResetRequest = z.strictObject({ email: z.string().trim().toLowerCase().min(1).max(254) });
export type PasswordResetRequest = z.infer<typeof passwordResetRequest>;

export const newPasswordRequest = z.strictObject({ password });
export type NewPasswordRequest = z.infer<typeof newPasswordRequest>;

export const changePasswordRequest = z.strictObject({ currentPassword: z.string().min(1).max(128), newPassword: password });
export type ChangePasswordRequest = z.infer<typeof changePasswordRequest>;
