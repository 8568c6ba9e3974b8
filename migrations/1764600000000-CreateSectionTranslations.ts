import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Translations of a section's text, one per language. `source_revision` is the section's `text_revision` the
 * translation was made from: once the section's text moves past it, the translation is outdated. The languages
 * are written out as they were when this migration was written: a migration never changes with the contracts.
 */
export class CreateSectionTranslations1764600000000 implements MigrationInterface {
  name = 'CreateSectionTranslations1764600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE section_translations (
        section_id uuid NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
        language text NOT NULL CHECK (language IN ('en', 'de', 'fr', 'es', 'ca', 'eu', 'ga', 'it', 'pl', 'ro', 'sv', 'uk', 'ar')),
        heading text NOT NULL,
        body text NOT NULL,
        source_revision int NOT NULL CHECK (source_revision >= 1),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_by uuid NOT NULL REFERENCES users (id),
        PRIMARY KEY (section_id, language)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE section_translations`);
  }
}
