import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, sessions, regions, organisations, memberships, the audit log and idempotency keys. */
export class CreateFoundation1764000000000 implements MigrationInterface {
  name = 'CreateFoundation1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email)),
        name text NOT NULL,
        password_hash text NOT NULL,
        locale text NOT NULL DEFAULT 'en',
        is_admin boolean NOT NULL DEFAULT false,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX users_email_key ON users (email)`);

    await db.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL,
        revoked_at timestamptz(3)
      )`);
    await db.query(`CREATE UNIQUE INDEX sessions_token_hash_key ON sessions (token_hash)`);
    await db.query(`CREATE INDEX sessions_user_id_idx ON sessions (user_id)`);

    await db.query(`
      CREATE TABLE regions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        country char(2) NOT NULL,
        nuts text NOT NULL,
        languages text[] NOT NULL,
        authority text NOT NULL
      )`);

    await db.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES regions (id),
        name text NOT NULL,
        type text NOT NULL CHECK (type IN ('ngo', 'business', 'public_body', 'migrant_organisation', 'education', 'social_partner', 'other')),
        website text,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX organisations_region_name_key ON organisations (region_id, lower(name))`);
    await db.query(`CREATE INDEX organisations_region_page_idx ON organisations (region_id, created_at, id)`);

    await db.query(`
      CREATE TABLE memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES regions (id),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('coordinator', 'stakeholder', 'official', 'observer')),
        organisation_id uuid REFERENCES organisations (id),
        signatory boolean NOT NULL DEFAULT false,
        department text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT memberships_region_user_key UNIQUE (region_id, user_id),
        CONSTRAINT memberships_stakeholder_organisation CHECK ((role = 'stakeholder') = (organisation_id IS NOT NULL)),
        CONSTRAINT memberships_signatory_is_stakeholder CHECK (NOT signatory OR role = 'stakeholder')
      )`);
    await db.query(`CREATE INDEX memberships_region_page_idx ON memberships (region_id, created_at, id)`);
    await db.query(`CREATE INDEX memberships_user_idx ON memberships (user_id)`);
    await db.query(`CREATE INDEX memberships_organisation_idx ON memberships (organisation_id)`);

    await db.query(`
      CREATE TABLE audit_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        actor_id uuid,
        region_id uuid,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        data jsonb NOT NULL DEFAULT '{}'
      )`);
    await db.query(`CREATE INDEX audit_events_region_page_idx ON audit_events (region_id, created_at, id)`);
    // Append-only: the log is evidence, so no one rewrites it, not even the application.
    await db.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only';
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);

    await db.query(`
      CREATE TABLE idempotency_keys (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        key text NOT NULL,
        request_hash text NOT NULL,
        status_code int,
        response_body jsonb,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, key)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE idempotency_keys`);
    await db.query(`DROP TRIGGER audit_events_no_change ON audit_events`);
    await db.query(`DROP TABLE audit_events`);
    await db.query(`DROP FUNCTION audit_events_append_only()`);
    await db.query(`DROP TABLE memberships`);
    await db.query(`DROP TABLE organisations`);
    await db.query(`DROP TABLE regions`);
    await db.query(`DROP TABLE sessions`);
    await db.query(`DROP TABLE users`);
  }
}
