import { z } from 'zod';
import { id, locale, timestamp } from './common';

export const mailPurposes = ['invitation', 'password_reset', 'notification', 'digest'] as const;
export const mailStatuses = ['queued', 'sending', 'sent', 'kept', 'failed'] as const;

/** A message in the outbox, as administrators read it. */
export const mailMessage = z.object({
  id,
  to: z.string(),
  language: locale,
  purpose: z.enum(mailPurposes),
  subject: z.string(),
  /** `kept`: no mail server is configured, the message stays here; `sent` ones no longer keep their text. */
  status: z.enum(mailStatuses),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  text: z.string().nullable(),
  html: z.string().nullable(),
  createdAt: timestamp,
  sentAt: timestamp.nullable(),
});
export type MailMessage = z.infer<typeof mailMessage>;

export const mailParams = z.strictObject({ messageId: id });
