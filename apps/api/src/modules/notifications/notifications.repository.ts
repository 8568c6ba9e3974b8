import { Injectable } from '@nestjs/common';
import type { EmailMode, NotificationCategory, NotificationKind } from '@belong/contracts';
import { notificationCategories } from '@belong/contracts';
import { Transactions } from '../../infra/database/transactions';
import { decodeCursor, encodeCursor } from '../../infra/http/pagination';

export interface NotificationRow {
  id: string;
  user_id: string;
  kind: NotificationKind;
  category: NotificationCategory;
  region_id: string | null;
  strategy_id: string | null;
  entity_type: string;
  entity_id: string;
  params: Record<string, string>;
  created_at: Date;
  read_at: Date | null;
}

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  category: NotificationCategory;
  regionId: string | null;
  strategyId: string | null;
  entityType: string;
  entityId: string;
  params: Record<string, string>;
  groupKey: string;
}

export interface SettingsRow {
  email: Record<NotificationCategory, EmailMode>;
  timeZone: string;
}

/** Every table of the notifications module, in SQL: a few set-based statements, each one query. */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly tx: Transactions) {}

  private query<T>(sql: string, params: unknown[] = []): Promise<T> {
    return this.tx.manager().query<T>(sql, params);
  }

  /**
   * One notification for each of `userIds`, in one statement. One per person and group while it is unread: a
   * second of the same group (an edit storm) refreshes the first instead of adding one.
   */
  async upsertFor(userIds: readonly string[], n: Omit<NewNotification, 'userId'>): Promise<Array<{ id: string; userId: string }>> {
    const rows = await this.query<Array<{ id: string; user_id: string }>>(
      `INSERT INTO notifications (user_id, kind, category, region_id, strategy_id, entity_type, entity_id, params, group_key)
       SELECT u, $2, $3, $4, $5, $6, $7, $8, $9 FROM unnest($1::uuid[]) AS u
       ON CONFLICT (user_id, group_key) WHERE read_at IS NULL
       DO UPDATE SET params = EXCLUDED.params, created_at = now()
       RETURNING id, user_id`,
      [userIds, n.kind, n.category, n.regionId, n.strategyId, n.entityType, n.entityId, JSON.stringify(n.params), n.groupKey],
    );
    return rows.map((r) => ({ id: r.id, userId: r.user_id }));
  }

  /**
   * At most one delivery per notification and channel: a refreshed notification is not mailed again. Returns the
   * notifications that got a new immediate delivery.
   */
  async addDeliveries(deliveries: ReadonlyArray<{ notificationId: string; mode: 'immediate' | 'daily' }>): Promise<string[]> {
    if (deliveries.length === 0) return [];
    const rows = await this.query<Array<{ notification_id: string; mode: string }>>(
      `INSERT INTO notification_deliveries (notification_id, channel, mode)
       SELECT n, 'email', m FROM unnest($1::uuid[], $2::text[]) AS d (n, m)
       ON CONFLICT DO NOTHING RETURNING notification_id, mode`,
      [deliveries.map((d) => d.notificationId), deliveries.map((d) => d.mode)],
    );
    return rows.filter((r) => r.mode === 'immediate').map((r) => r.notification_id);
  }

  /** Takes a pending delivery for sending: a second worker (or a job run twice) gets nothing. */
  async claimDelivery(notificationId: string): Promise<NotificationRow | null> {
    const [claimed] = await this.query<[unknown[], number]>(
      `UPDATE notification_deliveries SET status = 'sent' WHERE notification_id = $1 AND channel = 'email' AND status = 'pending' RETURNING 1`,
      [notificationId],
    );
    if (claimed.length === 0) return null;
    return (await this.byIds([notificationId]))[0] ?? null;
  }

  async linkDelivery(notificationIds: readonly string[], mailMessageId: string): Promise<void> {
    await this.query(`UPDATE notification_deliveries SET mail_message_id = $2 WHERE notification_id = ANY ($1)`, [
      notificationIds,
      mailMessageId,
    ]);
  }

  /** People with notifications waiting for their daily digest. */
  async usersWithDigest(): Promise<string[]> {
    const rows = await this.query<Array<{ user_id: string }>>(
      `SELECT DISTINCT n.user_id FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
       WHERE d.status = 'pending' AND d.mode = 'daily'`,
    );
    return rows.map((r) => r.user_id);
  }

  /** Claims one person's digest of a local day: once a day, whichever instance comes first. */
  async claimDigest(userId: string, localDate: string): Promise<boolean> {
    const rows = await this.query<unknown[]>(
      `INSERT INTO digest_runs (user_id, local_date) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
      [userId, localDate],
    );
    return rows.length > 0;
  }

  /** Takes every pending daily delivery of a person, newest first. */
  async claimDaily(userId: string): Promise<NotificationRow[]> {
    return this.query<NotificationRow[]>(
      `WITH taken AS (
         UPDATE notification_deliveries d SET status = 'sent' FROM notifications n
         WHERE n.id = d.notification_id AND n.user_id = $1 AND d.status = 'pending' AND d.mode = 'daily'
         RETURNING d.notification_id)
       SELECT n.* FROM notifications n JOIN taken t ON t.notification_id = n.id ORDER BY n.created_at DESC, n.id DESC`,
      [userId],
    );
  }

  byIds(ids: readonly string[]): Promise<NotificationRow[]> {
    return this.query<NotificationRow[]>(`SELECT * FROM notifications WHERE id = ANY ($1)`, [ids]);
  }

  /** Newest first, a page at a time. */
  async page(
    userId: string,
    unreadOnly: boolean,
    limit: number,
    cursor?: string,
  ): Promise<{ items: NotificationRow[]; nextCursor: string | null }> {
    const after = cursor ? decodeCursor(cursor) : null;
    const rows = await this.query<NotificationRow[]>(
      `SELECT * FROM notifications WHERE user_id = $1 AND ($2::boolean = false OR read_at IS NULL)
         AND ($3::timestamptz IS NULL OR (created_at, id) < ($3, $4::uuid))
       ORDER BY created_at DESC, id DESC LIMIT $5`,
      [userId, unreadOnly, after?.at ?? null, after?.id ?? null, limit + 1],
    );
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? encodeCursor({ at: last.created_at.toISOString(), id: last.id }) : null };
  }

  async unreadCount(userId: string): Promise<number> {
    const [row] = await this.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return row?.n ?? 0;
  }

  async markRead(userId: string, ids: readonly string[] | 'all'): Promise<void> {
    if (ids === 'all') await this.query(`UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`, [userId]);
    else
      await this.query(`UPDATE notifications SET read_at = now() WHERE user_id = $1 AND id = ANY ($2) AND read_at IS NULL`, [userId, ids]);
  }

  async settings(userIds: readonly string[]): Promise<Map<string, SettingsRow>> {
    const rows = await this.query<Array<Record<string, string>>>(`SELECT * FROM notification_settings WHERE user_id = ANY ($1)`, [userIds]);
    return new Map(
      rows.map((r) => [
        r.user_id!,
        {
          email: Object.fromEntries(notificationCategories.map((c) => [c, r[c] as EmailMode])) as Record<NotificationCategory, EmailMode>,
          timeZone: r.time_zone!,
        },
      ]),
    );
  }

  async saveSettings(userId: string, settings: SettingsRow): Promise<void> {
    const columns = notificationCategories.join(', ');
    const values = notificationCategories.map((_, i) => `$${i + 2}`).join(', ');
    const updates = [...notificationCategories.map((c) => `${c} = EXCLUDED.${c}`), 'time_zone = EXCLUDED.time_zone'].join(', ');
    await this.query(
      `INSERT INTO notification_settings (user_id, ${columns}, time_zone) VALUES ($1, ${values}, $${notificationCategories.length + 2})
       ON CONFLICT (user_id) DO UPDATE SET ${updates}`,
      [userId, ...notificationCategories.map((c) => settings.email[c]), settings.timeZone],
    );
  }

  async addUnsubscribeLink(tokenHash: string, userId: string, category: NotificationCategory | null): Promise<void> {
    await this.query(`INSERT INTO unsubscribe_links (token_hash, user_id, category) VALUES ($1, $2, $3)`, [tokenHash, userId, category]);
  }

  async unsubscribeLink(tokenHash: string): Promise<{ userId: string; category: NotificationCategory | null } | null> {
    const [row] = await this.query<Array<{ user_id: string; category: NotificationCategory | null }>>(
      `SELECT user_id, category FROM unsubscribe_links WHERE token_hash = $1`,
      [tokenHash],
    );
    return row ? { userId: row.user_id, category: row.category } : null;
  }

  async deleteOld(before: Date): Promise<number> {
    const [, links] = await this.query<[unknown, number]>(`DELETE FROM unsubscribe_links WHERE created_at < $1`, [before]);
    const [, runs] = await this.query<[unknown, number]>(`DELETE FROM digest_runs WHERE created_at < $1`, [before]);
    return links + runs;
  }
}
