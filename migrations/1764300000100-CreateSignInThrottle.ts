import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in attempts counted per account and per client address, shared by every API instance. The columns and
 * their order are those rate-limiter-flexible's RateLimiterPostgres writes (it inserts by position); the
 * table is ours so that the API never creates tables at run time.
 */
export class CreateSignInThrottle1764300000100 implements MigrationInterface {
  name = 'CreateSignInThrottle1764300000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE sign_in_throttle (
        -- 'account:<email>' or 'address:<client address>'
        key text PRIMARY KEY,
        points int NOT NULL DEFAULT 0,
        -- The end of the key's 15-minute window, in milliseconds since the epoch.
        expire bigint
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE sign_in_throttle`);
  }
}
