import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Submitted versions laid out once as PDF or DOCX and kept, so that the next download is a read rather than
 * seconds of layout. Keyed by the version's checksum, the format and the language; `inputs` digests what
 * else the layout read (answers given since, the translation, the layout code).
 */
export class CreateRenderedDocuments1764900000000 implements MigrationInterface {
  name = 'CreateRenderedDocuments1764900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE rendered_documents (
        checksum text NOT NULL CHECK (checksum ~ '^[0-9a-f]{64}$'),
        format text NOT NULL CHECK (format IN ('pdf', 'docx')),
        language text NOT NULL CHECK (language IN ('en', 'de', 'fr', 'es', 'ca', 'eu', 'ga', 'it', 'pl', 'ro', 'sv', 'uk', 'ar')),
        inputs text NOT NULL,
        body bytea NOT NULL,
        rendered_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (checksum, format, language)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE rendered_documents');
  }
}
