import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bringing people in and letting them back in: invitations to a region, password resets, and the mail that
 * carries their links. Tokens are kept only as SHA-256 hashes, so that a copy of the database opens no account.
 */
export class CreateInvitationsResetsAndMail1764700000000 implements MigrationInterface {
  name = 'CreateInvitationsResetsAndMail1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE mail_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient text NOT NULL,
        user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        language text NOT NULL CHECK (language IN ('en', 'de', 'fr', 'es', 'ca', 'eu', 'ga', 'it', 'pl', 'ro', 'sv', 'uk', 'ar')),
        purpose text NOT NULL CHECK (purpose IN ('invitation', 'password_reset', 'notification', 'digest')),
        subject text NOT NULL,
        text_body text,
        html_body text,
        headers jsonb NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'kept', 'failed')),
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        sent_at timestamptz(3)
      )`);
    await db.query(`CREATE INDEX mail_messages_newest ON mail_messages (created_at DESC, id DESC)`);
    await db.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES regions (id) ON DELETE CASCADE,
        email text NOT NULL,
        role text NOT NULL CHECK (role IN ('coordinator', 'stakeholder', 'official', 'observer')),
        organisation_id uuid REFERENCES organisations (id),
        signatory boolean NOT NULL DEFAULT false,
        department text,
        token_hash text NOT NULL UNIQUE,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'revoked')),
        invited_by uuid REFERENCES users (id) ON DELETE SET NULL,
        accepted_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        sent_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL
      )`);
    await db.query(`CREATE INDEX invitations_of_region ON invitations (region_id, created_at, id)`);
    // One open invitation per address and region: inviting again sends the same one anew.
    await db.query(`CREATE UNIQUE INDEX invitations_one_pending ON invitations (region_id, email) WHERE status = 'pending'`);
    await db.query(`
      CREATE TABLE password_resets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL,
        used_at timestamptz(3)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE password_resets`);
    await db.query(`DROP TABLE invitations`);
    await db.query(`DROP TABLE mail_messages`);
  }
}
