import type { MigrationInterface, QueryRunner } from 'typeorm';

// The values as they were when this migration was written: a migration never changes with the contracts.
const languages = ['en', 'de', 'ca', 'es', 'eu', 'ga', 'it', 'pl', 'ro', 'sv'];
const themes = [
  'employment',
  'education',
  'housing',
  'health',
  'language_learning',
  'civic_participation',
  'anti_discrimination',
  'social_cohesion',
  'reception_orientation',
  'governance',
];

/** The columns holding a contract enum that had no CHECK yet; named as PostgreSQL names the others. */
const checks: Array<[table: string, column: string, values: string[]]> = [
  ['users', 'locale', languages],
  ['strategies', 'language', languages],
  ['sections', 'theme', themes],
  ['section_revisions', 'theme', themes],
];

/** The database refuses a value that no contract knows, as it already did for every other enum column. */
export class CheckEnumColumns1764300000000 implements MigrationInterface {
  name = 'CheckEnumColumns1764300000000';

  async up(db: QueryRunner): Promise<void> {
    for (const [table, column, values] of checks) {
      const list = values.map((value) => `'${value}'`).join(', ');
      await db.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_${column}_check CHECK (${column} IN (${list}))`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [table, column] of [...checks].reverse()) {
      await db.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_${column}_check`);
    }
  }
}
