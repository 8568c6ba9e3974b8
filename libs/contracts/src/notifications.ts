import { z } from 'zod';
import { id, timestamp } from './common';

export const notificationKinds = [
  'strategy.consultation_opened',
  'approval.stale',
  'proposal.submitted',
  'proposal.answered',
  'comment.replied',
  'recommendations.submitted',
  'recommendation.answered',
  'strategy.adopted',
  'strategy.returned',
] as const;
export const notificationKind = z.enum(notificationKinds);
export type NotificationKind = z.infer<typeof notificationKind>;

export const notificationCategories = ['sign_off', 'proposals', 'comments', 'recommendations', 'workflow'] as const;
export const notificationCategory = z.enum(notificationCategories);
export type NotificationCategory = z.infer<typeof notificationCategory>;

/** Which settings category each kind of notification falls under. */
export const categoryOf: Record<NotificationKind, NotificationCategory> = {
  'strategy.consultation_opened': 'workflow',
  'approval.stale': 'sign_off',
  'proposal.submitted': 'proposals',
  'proposal.answered': 'proposals',
  'comment.replied': 'comments',
  'recommendations.submitted': 'recommendations',
  'recommendation.answered': 'recommendations',
  'strategy.adopted': 'workflow',
  'strategy.returned': 'workflow',
};

export const entityTypes = ['strategy', 'section', 'proposal', 'comment', 'recommendation'] as const;
export const entityRef = z.object({ type: z.enum(entityTypes), id });
export type EntityRef = z.infer<typeof entityRef>;

export const notification = z.object({
  id,
  kind: notificationKind,
  /** A sentence in the reader's language. */
  title: z.string(),
  /** The page of the web app where the reader acts on it. */
  link: z.string(),
  regionId: id.nullable(),
  strategyId: id.nullable(),
  entity: entityRef,
  /** It asks the reader to act (approve again, review, answer), rather than telling them something. */
  needsAction: z.boolean(),
  readAt: timestamp.nullable(),
  createdAt: timestamp,
});
export type Notification = z.infer<typeof notification>;

export const notificationListQuery = z.strictObject({
  unread: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().min(1).max(500).optional(),
});
export type NotificationListQuery = z.infer<typeof notificationListQuery>;

export const notificationList = z.object({
  items: z.array(notification),
  nextCursor: z.string().nullable(),
  unreadCount: z.number().int(),
});
export type NotificationList = z.infer<typeof notificationList>;

/** Some notifications (`ids`) or all of them (`all: true`): one of the two. */
export const markReadRequest = z
  .strictObject({ ids: z.array(id).min(1).max(200).optional(), all: z.literal(true).optional() })
  .refine((body) => (body.ids === undefined) !== (body.all === undefined), { message: 'Give either ids or all: true' });
export type MarkReadRequest = z.infer<typeof markReadRequest>;

export const emailModes = ['immediate', 'daily', 'off'] as const;
/** How a notification's email goes (a person who chose `off` gets none), and whether it went. */
export const deliveryModes = ['immediate', 'daily'] as const;
export const deliveryStatuses = ['pending', 'sent'] as const;
export const emailMode = z.enum(emailModes);
export type EmailMode = z.infer<typeof emailMode>;

/** A time zone the runtime knows (`Europe/Bucharest`), for the daily digest at 07:00 local time. */
export const timeZone = z
  .string()
  .min(1)
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'Not a time zone');

export const notificationSettings = z.object({
  email: z.object(Object.fromEntries(notificationCategories.map((c) => [c, emailMode])) as Record<NotificationCategory, typeof emailMode>),
  timeZone: z.string(),
});
export type NotificationSettings = z.infer<typeof notificationSettings>;

export const updateNotificationSettingsRequest = z.strictObject({
  email: z
    .strictObject(
      Object.fromEntries(notificationCategories.map((c) => [c, emailMode.optional()])) as Record<
        NotificationCategory,
        z.ZodOptional<typeof emailMode>
      >,
    )
    .optional(),
  timeZone: timeZone.optional(),
});
export type UpdateNotificationSettingsRequest = z.infer<typeof updateNotificationSettingsRequest>;

/** The RFC 8058 one-click body (`List-Unsubscribe=One-Click`, form-encoded), or nothing. */
export const unsubscribeRequest = z.strictObject({ 'List-Unsubscribe': z.literal('One-Click').optional() }).optional();

export const taskKinds = ['approve_section', 'review_proposal', 'answer_recommendation'] as const;
export const task = z.object({
  kind: z.enum(taskKinds),
  regionId: id,
  strategyId: id.nullable(),
  sectionId: id.optional(),
  proposalId: id.optional(),
  recommendationId: id.optional(),
  /** The section's heading, the proposal's or the recommendation's title, as written. */
  title: z.string(),
  /** The strategy's title, as written. */
  strategyTitle: z.string().nullable(),
  since: timestamp,
});
export type Task = z.infer<typeof task>;
export const taskList = z.object({ items: z.array(task) });
export type TaskList = z.infer<typeof taskList>;

/** What `GET /api/events` streams: ids only, never content. */
export const liveEvent = z.object({
  type: z.string(),
  entity: entityRef,
  strategyId: id.nullable(),
  regionId: id.nullable(),
});
export type LiveEvent = z.infer<typeof liveEvent>;
