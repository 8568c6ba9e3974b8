import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { NotificationCategory } from '@belong/contracts';
import type { TFunction } from 'i18next';
import { hashToken, newSessionToken } from '../../infra/auth/tokens';
import { Transactions } from '../../infra/database/transactions';
import { translator } from '../../infra/i18n/catalogue';
import { JobQueue } from '../../infra/jobs/job-queue';
import type { MailPart } from '../mail/mail-layout';
import { MailService } from '../mail/mail.service';
import { UsersService, type UserRecord } from '../users/users.service';
import { linkOf, needsAction, titleOf } from './notification-text';
import { NotificationsRepository, type NotificationRow } from './notifications.repository';
import { NotificationsService } from './notifications.service';

const digestHour = 7;

/** A day and an hour as a time zone has them: `2026-12-03`, 7. */
export function localTime(at: Date, timeZone: string): { date: string; hour: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}

/**
 * The email side of notifications: one message per notification for what a person wants at once, and a
 * daily digest at 07:00 in their time zone for the rest. Both claim what they send, so that a job run twice, or
 * by two instances, sends it once; a digest with nothing in it is never sent.
 */
@Injectable()
export class NotificationMail implements OnModuleInit {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly settings: NotificationsService,
    private readonly users: UsersService,
    private readonly mail: MailService,
    private readonly jobs: JobQueue,
    private readonly tx: Transactions,
  ) {}

  onModuleInit(): void {
    this.jobs.handle<{ notificationId: string }>('notification.email', (job) => this.sendOne(job.notificationId));
    this.jobs.handle('notification.digest', () => this.sendDigests(new Date()).then(() => undefined));
    this.jobs.every('notification.digest', '*/15 * * * *');
  }

  async sendOne(notificationId: string): Promise<void> {
    await this.tx.run(async () => {
      const notification = await this.notifications.claimDelivery(notificationId);
      const user = notification && (await this.users.find(notification.user_id));
      if (!notification || !user) return;
      const { lang, t } = translator(user.locale);
      const unsubscribe = await this.unsubscribeLink(user.id, notification.category);
      const messageId = await this.mail.send({
        to: user.email,
        userId: user.id,
        purpose: 'notification',
        lang,
        subject: titleOf(t, notification),
        paragraphs: [],
        action: { label: t('mail.notification.open'), url: this.mail.link(linkOf(notification)) },
        reason: t('mail.notification.reason', { category: t(`notificationSettings.categories.${notification.category}`) }),
        unsubscribe: { label: t('mail.notification.unsubscribe'), url: unsubscribe.page },
        headers: unsubscribe.headers,
      });
      await this.notifications.linkDelivery([notificationId], messageId);
    });
  }

  /** The digests due at `now`: for each person with something waiting, when it is 07:xx where they are. */
  async sendDigests(now: Date): Promise<number> {
    let sent = 0;
    const waiting = await this.notifications.usersWithDigest();
    const zones = await this.settings.settingsOf(waiting);
    for (const userId of waiting) {
      const local = localTime(now, zones.get(userId)!.timeZone);
      if (local.hour !== digestHour) continue;
      if (await this.sendDigest(userId, local.date)) sent++;
    }
    return sent;
  }

  private async sendDigest(userId: string, localDate: string): Promise<boolean> {
    return this.tx.run(async () => {
      const user = await this.users.find(userId);
      if (!user || !(await this.notifications.claimDigest(userId, localDate))) return false;
      const rows = await this.notifications.claimDaily(userId);
      if (rows.length === 0) return false;
      const messageId = await this.mail.send(await this.digest(user, rows));
      await this.notifications.linkDelivery(
        rows.map((r) => r.id),
        messageId,
      );
      return true;
    });
  }

  /** One part per strategy, those that need the reader's action first; in each, what needs action first, newest first. */
  private async digest(user: UserRecord, rows: NotificationRow[]) {
    const { lang, t } = translator(user.locale);
    const byStrategy = new Map<string, NotificationRow[]>();
    for (const row of rows) byStrategy.set(row.strategy_id ?? '', [...(byStrategy.get(row.strategy_id ?? '') ?? []), row]);
    const parts = [...byStrategy.values()]
      .map((group) => part(t, group, (path) => this.mail.link(path)))
      .sort((a, b) => Number(b.action) - Number(a.action))
      .map((p) => p.part);
    const unsubscribe = await this.unsubscribeLink(user.id, null);
    return {
      to: user.email,
      userId: user.id,
      purpose: 'digest' as const,
      lang,
      subject: t('mail.digest.subject', { count: rows.length }),
      paragraphs: [t('mail.digest.intro')],
      parts,
      action: { label: t('mail.digest.open'), url: this.mail.link('/') },
      reason: t('mail.digest.reason'),
      unsubscribe: { label: t('mail.digest.unsubscribe'), url: unsubscribe.page },
      headers: unsubscribe.headers,
    };
  }

  /** A link that turns this kind of email off in one click (RFC 8058), and the page that does it in the web app. */
  private async unsubscribeLink(userId: string, category: NotificationCategory | null) {
    const token = newSessionToken();
    await this.notifications.addUnsubscribeLink(hashToken(token), userId, category);
    return {
      page: this.mail.link(`/unsubscribe/${token}`),
      headers: {
        'List-Unsubscribe': `<${this.mail.link(`/api/unsubscribe/${token}`)}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    };
  }
}

function part(t: TFunction, group: NotificationRow[], link: (path: string) => string): { action: boolean; part: MailPart } {
  const item = (n: NotificationRow) => ({ text: titleOf(t, n), url: link(linkOf(n)) });
  const action = group.filter((n) => needsAction(n.kind)).map(item);
  const information = group.filter((n) => !needsAction(n.kind)).map(item);
  const lists = [
    ...(action.length ? [{ heading: t('mail.digest.needsAction'), items: action }] : []),
    ...(information.length ? [{ heading: t('mail.digest.forInformation'), items: information }] : []),
  ];
  const strategy = group[0]?.params.strategy;
  return { action: action.length > 0, part: { heading: strategy ?? t('mail.digest.elsewhere'), lists } };
}
