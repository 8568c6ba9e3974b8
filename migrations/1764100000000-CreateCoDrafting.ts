import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Strategies in sections, every revision of a section, anchored comments, and approvals by organisation. */
export class CreateCoDrafting1764100000000 implements MigrationInterface {
  name = 'CreateCoDrafting1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE strategies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES regions (id),
        title text NOT NULL,
        language text NOT NULL,
        status text NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft', 'consultation', 'consolidation', 'submitted', 'returned', 'adopted')),
        revision int NOT NULL DEFAULT 1,
        approval_rule jsonb NOT NULL DEFAULT '{"minOrganisations": 2, "requiredTypes": []}',
        created_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX strategies_region_page_idx ON strategies (region_id, created_at, id)`);

    await db.query(`
      CREATE TABLE sections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        strategy_id uuid NOT NULL REFERENCES strategies (id) ON DELETE CASCADE,
        position int NOT NULL CHECK (position >= 1),
        heading text NOT NULL,
        body text NOT NULL,
        theme text NOT NULL,
        revision int NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT sections_strategy_position_key UNIQUE (strategy_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);

    await db.query(`
      CREATE TABLE section_revisions (
        section_id uuid NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
        revision int NOT NULL,
        heading text NOT NULL,
        body text NOT NULL,
        theme text NOT NULL,
        author_id uuid NOT NULL REFERENCES users (id),
        credited_organisation_id uuid REFERENCES organisations (id),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (section_id, revision)
      )`);

    await db.query(`
      CREATE TABLE comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        section_id uuid NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
        parent_id uuid REFERENCES comments (id),
        body text NOT NULL,
        anchor jsonb,
        revision int NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
        author_id uuid NOT NULL REFERENCES users (id),
        organisation_id uuid REFERENCES organisations (id),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX comments_section_page_idx ON comments (section_id, created_at, id)`);
    await db.query(`CREATE INDEX comments_section_open_idx ON comments (section_id) WHERE status = 'open'`);

    await db.query(`
      CREATE TABLE approvals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        section_id uuid NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        revision int NOT NULL,
        decision text NOT NULL CHECK (decision IN ('approve', 'request_changes')),
        note text,
        user_id uuid NOT NULL REFERENCES users (id),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT approvals_one_per_organisation_and_revision UNIQUE (section_id, organisation_id, revision)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE approvals`);
    await db.query(`DROP TABLE comments`);
    await db.query(`DROP TABLE section_revisions`);
    await db.query(`DROP TABLE sections`);
    await db.query(`DROP TABLE strategies`);
  }
}
