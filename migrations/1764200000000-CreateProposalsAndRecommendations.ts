import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Improvement proposals and endorsements, recommendations with their sources and answers, frozen versions. */
export class CreateProposalsAndRecommendations1764200000000 implements MigrationInterface {
  name = 'CreateProposalsAndRecommendations1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE strategies ADD COLUMN status_note text`);

    await db.query(`
      CREATE TABLE proposals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES regions (id),
        strategy_id uuid REFERENCES strategies (id),
        section_id uuid REFERENCES sections (id),
        organisation_id uuid REFERENCES organisations (id),
        author_id uuid NOT NULL REFERENCES users (id),
        title text NOT NULL,
        problem text NOT NULL,
        proposal text NOT NULL,
        suggested_text text,
        expected_impact text,
        target_groups text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'submitted'
          CHECK (status IN ('submitted', 'under_review', 'accepted', 'partially_accepted', 'rejected', 'withdrawn')),
        answer text,
        revision int NOT NULL DEFAULT 1,
        based_on_revision int,
        applied_revision int,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT proposals_decision_has_answer CHECK (status NOT IN ('accepted', 'partially_accepted', 'rejected') OR answer IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX proposals_region_page_idx ON proposals (region_id, created_at, id)`);
    await db.query(`CREATE INDEX proposals_strategy_idx ON proposals (strategy_id)`);
    await db.query(`CREATE INDEX proposals_organisation_idx ON proposals (organisation_id)`);

    await db.query(`
      CREATE TABLE endorsements (
        proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        user_id uuid NOT NULL REFERENCES users (id),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (proposal_id, organisation_id)
      )`);

    await db.query(`
      CREATE TABLE recommendations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        strategy_id uuid NOT NULL REFERENCES strategies (id),
        title text NOT NULL,
        body text NOT NULL,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted')),
        created_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX recommendations_strategy_page_idx ON recommendations (strategy_id, created_at, id)`);

    await db.query(`
      CREATE TABLE recommendation_sources (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recommendation_id uuid NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
        proposal_id uuid REFERENCES proposals (id),
        comment_id uuid REFERENCES comments (id),
        CONSTRAINT recommendation_sources_one_kind CHECK ((proposal_id IS NULL) <> (comment_id IS NULL))
      )`);
    await db.query(`CREATE INDEX recommendation_sources_recommendation_idx ON recommendation_sources (recommendation_id)`);

    await db.query(`
      CREATE TABLE recommendation_responses (
        recommendation_id uuid PRIMARY KEY REFERENCES recommendations (id) ON DELETE CASCADE,
        decision text NOT NULL CHECK (decision IN ('agreed', 'agreed_in_part', 'declined', 'further_study')),
        answer text NOT NULL,
        department text,
        due_date date,
        official_id uuid NOT NULL REFERENCES users (id),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE strategy_versions (
        strategy_id uuid NOT NULL REFERENCES strategies (id),
        version int NOT NULL,
        submitted_at timestamptz(3) NOT NULL DEFAULT now(),
        checksum text NOT NULL,
        -- The canonical JSON exactly as checksummed, so that every export of a version is byte-identical.
        content text NOT NULL,
        PRIMARY KEY (strategy_id, version)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE strategy_versions`);
    await db.query(`DROP TABLE recommendation_responses`);
    await db.query(`DROP TABLE recommendation_sources`);
    await db.query(`DROP TABLE recommendations`);
    await db.query(`DROP TABLE endorsements`);
    await db.query(`DROP TABLE proposals`);
    await db.query(`ALTER TABLE strategies DROP COLUMN status_note`);
  }
}
