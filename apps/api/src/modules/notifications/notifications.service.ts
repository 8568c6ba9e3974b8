import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import {
  categoryOf,
  notificationCategories,
  type EmailMode,
  type EntityRef,
  type MarkReadRequest,
  type NotificationCategory,
  type NotificationKind,
  type NotificationList,
  type NotificationListQuery,
  type NotificationSettings,
  type UpdateNotificationSettingsRequest,
} from '@belong/contracts';
import type { AuthUser } from '../../infra/auth/auth-user';
import { hashToken } from '../../infra/auth/tokens';
import { APP_CONFIG, type AppConfig } from '../../infra/config/config';
import { Housekeeping } from '../../infra/database/housekeeping';
import { Transactions } from '../../infra/database/transactions';
import { translator } from '../../infra/i18n/catalogue';
import { AppError } from '../../infra/http/app-error';
import { JobQueue } from '../../infra/jobs/job-queue';
import { MembersService } from '../members/members.service';
import { RegionsService } from '../regions/regions.service';
import { toNotification } from './notification-text';
import { NotificationsRepository, type SettingsRow } from './notifications.repository';

/** Email at once for what asks for action, a daily digest for the conversation. */
const defaultEmail: Record<NotificationCategory, EmailMode> = {
  sign_off: 'immediate',
  proposals: 'immediate',
  comments: 'daily',
  recommendations: 'immediate',
  workflow: 'immediate',
};

/** The partners' time zones, by country: a person's digest comes at 07:00 where their region is. */
const zoneOfCountry: Record<string, string> = {
  DE: 'Europe/Berlin',
  ES: 'Europe/Madrid',
  IE: 'Europe/Dublin',
  IT: 'Europe/Rome',
  PL: 'Europe/Warsaw',
  AT: 'Europe/Vienna',
  RO: 'Europe/Bucharest',
  SE: 'Europe/Stockholm',
};
const fallbackZone = 'Europe/Brussels';

export interface Notice {
  kind: NotificationKind;
  /** Who caused it: never told of their own doing. */
  actorId: string | null;
  recipients: readonly string[];
  regionId: string | null;
  strategyId: string | null;
  entity: EntityRef;
  /** Names and titles as written, and ids of the page to link to. */
  params: Record<string, string>;
  /** What makes two notifications one while unread; by default, the kind and the entity. */
  groupKey?: string;
}

@Injectable()
export class NotificationsService implements OnModuleInit {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly members: MembersService,
    private readonly regions: RegionsService,
    private readonly jobs: JobQueue,
    private readonly housekeeping: Housekeeping,
    private readonly tx: Transactions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.housekeeping.register('unsubscribe links and digest runs', () =>
      this.notifications.deleteOld(new Date(Date.now() - 180 * 86_400_000)),
    );
  }

  /**
   * Tells `recipients` (in the transaction of the change): a notification each, and an email delivery as each one's
   * settings say, at once (after a short wait that gathers a burst into one message) or in the daily digest.
   */
  async notify(notice: Notice): Promise<void> {
    const recipients = [...new Set(notice.recipients)].filter((id) => id !== notice.actorId);
    if (recipients.length === 0) return;
    const category = categoryOf[notice.kind];
    const created = await this.notifications.upsertFor(recipients, {
      kind: notice.kind,
      category,
      regionId: notice.regionId,
      strategyId: notice.strategyId,
      entityType: notice.entity.type,
      entityId: notice.entity.id,
      params: notice.params,
      groupKey: notice.groupKey ?? `${notice.kind}:${notice.entity.type}:${notice.entity.id}`,
    });
    // Only the stored choices: the defaults need no lookup (a time zone matters to the digest alone).
    const stored = await this.notifications.settings(recipients);
    const deliveries = created.flatMap(({ id, userId }) => {
      const mode = stored.get(userId)?.email[category] ?? defaultEmail[category];
      return mode === 'off' ? [] : [{ notificationId: id, mode }];
    });
    const immediate = await this.notifications.addDeliveries(deliveries);
    const startAfter = new Date(Date.now() + this.config.notifyEmailDelaySeconds * 1000);
    for (const notificationId of immediate) await this.jobs.send('notification.email', { notificationId }, { startAfter });
  }

  async list(caller: AuthUser, query: NotificationListQuery): Promise<NotificationList> {
    const { t } = translator(caller.locale);
    const [page, unreadCount] = await Promise.all([
      this.notifications.page(caller.userId, query.unread ?? false, query.limit, query.cursor),
      this.notifications.unreadCount(caller.userId),
    ]);
    return { items: page.items.map((n) => toNotification(t, n)), nextCursor: page.nextCursor, unreadCount };
  }

  async markRead(caller: AuthUser, request: MarkReadRequest): Promise<void> {
    await this.notifications.markRead(caller.userId, request.all ? 'all' : (request.ids ?? []));
  }

  async settings(userId: string): Promise<NotificationSettings> {
    return (await this.settingsOf([userId])).get(userId)!;
  }

  async updateSettings(caller: AuthUser, input: UpdateNotificationSettingsRequest): Promise<NotificationSettings> {
    return this.tx.run(async () => {
      const current = await this.settings(caller.userId);
      const next: SettingsRow = {
        email: { ...current.email, ...definedOnly(input.email ?? {}) },
        timeZone: input.timeZone ?? current.timeZone,
      };
      await this.notifications.saveSettings(caller.userId, next);
      return next;
    });
  }

  /**
   * One click from an email, without signing in: that category's email is off (a digest's link turns the daily
   * digest off: every category that was in it). The link stays valid, so a second click changes nothing more.
   */
  async unsubscribe(token: string): Promise<void> {
    await this.tx.run(async () => {
      const link = await this.notifications.unsubscribeLink(hashToken(token));
      if (!link) throw new AppError('LINK_GONE', 'This unsubscribe link is not known (or is older than six months)');
      const current = (await this.settingsOf([link.userId])).get(link.userId)!;
      const email = { ...current.email };
      for (const category of notificationCategories)
        if (link.category ? category === link.category : email[category] === 'daily') email[category] = 'off';
      await this.notifications.saveSettings(link.userId, { ...current, email });
    });
  }

  /** Stored settings, else the defaults (the time zone of the person's first region). */
  async settingsOf(userIds: readonly string[]): Promise<Map<string, SettingsRow>> {
    const stored = await this.notifications.settings(userIds);
    const missing = userIds.filter((id) => !stored.has(id));
    for (const userId of missing) stored.set(userId, { email: { ...defaultEmail }, timeZone: await this.zoneOf(userId) });
    return stored;
  }

  private async zoneOf(userId: string): Promise<string> {
    const [first] = await this.members.of(userId);
    if (!first) return fallbackZone;
    const region = await this.regions.found(first.regionId);
    return zoneOfCountry[region.country] ?? fallbackZone;
  }
}

function definedOnly<T extends object>(values: T): { [K in keyof T]-?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as { [K in keyof T]-?: Exclude<T[K], undefined> };
}
