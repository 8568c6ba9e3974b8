import { z } from 'zod';
import { id, locale, text, timestamp } from './common';

export const email = z.string().trim().toLowerCase().pipe(z.email().max(254));
/** Long passphrases welcome; short ones refused (NIST SP 800-63B: at least 12, at most 128). */
export const password = z.string().min(12).max(128);

export const createUserRequest = z.strictObject({
  email,
  name: text(120),
  password,
  locale: locale.optional(),
  isAdmin: z.boolean().optional(),
});
export type CreateUserRequest = z.infer<typeof createUserRequest>;

export const user = z.object({
  id,
  email: z.string(),
  name: z.string(),
  locale,
  isAdmin: z.boolean(),
  createdAt: timestamp,
});
export type User = z.infer<typeof user>;

export const userLookupQuery = z.strictObject({ email });

export const updateMeRequest = z.strictObject({ locale: locale.optional(), name: text(120).optional() });
export type UpdateMeRequest = z.infer<typeof updateMeRequest>;
