import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * For the integrity work: a section remembers which revision brought its current text (a move is a revision
 * of its own but keeps the sign-off); comments can be edited (and say when) and know whether a recommendation
 * cites them; recommendations can be edited; old idempotency keys and ended sessions are swept by date.
 */
export class TrackTextRevisionsAndEdits1764400000000 implements MigrationInterface {
  name = 'TrackTextRevisionsAndEdits1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sections ADD COLUMN text_revision int NOT NULL DEFAULT 1`);
    // Until now only a text change made a revision, so the current revision brought the current text.
    await db.query(`UPDATE sections SET text_revision = revision`);
    await db.query(`ALTER TABLE sections ADD CONSTRAINT sections_text_revision_check CHECK (text_revision BETWEEN 1 AND revision)`);

    await db.query(`ALTER TABLE comments ADD COLUMN edited_at timestamptz(3)`);
    await db.query(`ALTER TABLE comments ADD COLUMN cited boolean NOT NULL DEFAULT false`);
    await db.query(`UPDATE comments c SET cited = EXISTS (SELECT 1 FROM recommendation_sources s WHERE s.comment_id = c.id)`);
    await db.query(`CREATE INDEX comments_parent_idx ON comments (parent_id) WHERE parent_id IS NOT NULL`);

    await db.query(`ALTER TABLE recommendations ADD COLUMN updated_at timestamptz(3) NOT NULL DEFAULT now()`);

    await db.query(`CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at)`);
    await db.query(`CREATE INDEX sessions_expires_idx ON sessions (expires_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX sessions_expires_idx`);
    await db.query(`DROP INDEX idempotency_keys_created_idx`);
    await db.query(`ALTER TABLE recommendations DROP COLUMN updated_at`);
    await db.query(`DROP INDEX comments_parent_idx`);
    await db.query(`ALTER TABLE comments DROP COLUMN cited`);
    await db.query(`ALTER TABLE comments DROP COLUMN edited_at`);
    await db.query(`ALTER TABLE sections DROP CONSTRAINT sections_text_revision_check`);
    await db.query(`ALTER TABLE sections DROP COLUMN text_revision`);
  }
}
