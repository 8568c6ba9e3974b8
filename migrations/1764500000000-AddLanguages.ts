import type { MigrationInterface, QueryRunner } from 'typeorm';

// The values as they were when this migration was written: a migration never changes with the contracts.
const before = ['en', 'de', 'ca', 'es', 'eu', 'ga', 'it', 'pl', 'ro', 'sv'];
const partners = ['en', 'de', 'fr', 'es', 'ca', 'eu', 'ga', 'it', 'pl', 'ro', 'sv'];
const interfaceLanguages = [...partners, 'uk', 'ar'];

const list = (values: string[]) => values.map((value) => `'${value}'`).join(', ');

async function check(db: QueryRunner, table: string, column: string, values: string[]): Promise<void> {
  await db.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_${column}_check`);
  await db.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_${column}_check CHECK (${column} IN (${list(values)}))`);
}

/** French joins the strategy languages; the interface also speaks Ukrainian and Arabic. */
export class AddLanguages1764500000000 implements MigrationInterface {
  name = 'AddLanguages1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await check(db, 'users', 'locale', interfaceLanguages);
    await check(db, 'strategies', 'language', partners);
  }

  async down(db: QueryRunner): Promise<void> {
    // People keep an account in English; a strategy written in French stops the way back rather than lose its language.
    await db.query(`UPDATE users SET locale = 'en' WHERE locale NOT IN (${list(before)})`);
    await check(db, 'users', 'locale', before);
    await check(db, 'strategies', 'language', before);
  }
}
