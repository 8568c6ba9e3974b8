import type { MigrationInterface, QueryRunner } from 'typeorm';

const kinds = [
  'strategy.consultation_opened',
  'approval.stale',
  'proposal.submitted',
  'proposal.answered',
  'comment.replied',
  'recommendations.submitted',
  'recommendation.answered',
  'strategy.adopted',
  'strategy.returned',
];
const categories = ['sign_off', 'proposals', 'comments', 'recommendations', 'workflow'];
const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');
const mode = `text NOT NULL CHECK (%s IN ('immediate', 'daily', 'off'))`;

/**
 * Telling people what waits for them: notifications and their deliveries by email (one per notification and
 * channel), each person's settings, one-click unsubscribe links, the daily digests sent; and the live events
 * that every API instance streams to the open pages. Kinds and categories are written out as they were when
 * this migration was written.
 */
export class CreateNotificationsAndLiveEvents1764800000000 implements MigrationInterface {
  name = 'CreateNotificationsAndLiveEvents1764800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN (${list(kinds)})),
        category text NOT NULL CHECK (category IN (${list(categories)})),
        region_id uuid REFERENCES regions (id) ON DELETE CASCADE,
        strategy_id uuid,
        entity_type text NOT NULL,
        entity_id uuid NOT NULL,
        params jsonb NOT NULL DEFAULT '{}',
        group_key text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        read_at timestamptz(3)
      )`);
    await db.query(`CREATE INDEX notifications_of_user ON notifications (user_id, created_at DESC, id DESC)`);
    // An edit storm is one notification: a second one of the same group, while the first is unread, updates it.
    await db.query(`CREATE UNIQUE INDEX notifications_one_unread ON notifications (user_id, group_key) WHERE read_at IS NULL`);
    await db.query(`
      CREATE TABLE notification_deliveries (
        notification_id uuid NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
        channel text NOT NULL CHECK (channel IN ('email')),
        mode text NOT NULL CHECK (mode IN ('immediate', 'daily')),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent')),
        mail_message_id uuid REFERENCES mail_messages (id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (notification_id, channel)
      )`);
    await db.query(`CREATE INDEX notification_deliveries_pending ON notification_deliveries (mode) WHERE status = 'pending'`);
    await db.query(`
      CREATE TABLE notification_settings (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        ${categories.map((c) => `${c} ${mode.replace('%s', c)}`).join(',\n        ')},
        time_zone text NOT NULL
      )`);
    await db.query(`
      CREATE TABLE unsubscribe_links (
        token_hash text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        category text CHECK (category IN (${list(categories)})),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE digest_runs (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        local_date date NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, local_date)
      )`);
    await db.query(`
      CREATE TABLE live_events (
        id bigserial PRIMARY KEY,
        payload jsonb NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'live_events',
      'digest_runs',
      'unsubscribe_links',
      'notification_settings',
      'notification_deliveries',
      'notifications',
    ])
      await db.query(`DROP TABLE ${table}`);
  }
}
