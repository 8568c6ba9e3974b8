import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How many times each strategy has changed, so that a reader can tell whether a strategy page it answered
 * before is still the same without reading it again. Every write to the strategy (its text, sections,
 * approvals, comments, translations, recommendations) adds one to one of sixteen counters, chosen at random,
 * as the last thing before it commits; the stamp is their sum. A row lock is held until the commit has reached
 * the disk: on a single counter every writer to a strategy would queue for it; on sixteen they seldom meet.
 * The sum still grows with every commit, so it names what a reader saw. No foreign key: the first raise would
 * otherwise wait on a writer holding the strategy's row.
 */
export class CreateStrategyStamps1764900000100 implements MigrationInterface {
  name = 'CreateStrategyStamps1764900000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE strategy_stamps (
        strategy_id uuid NOT NULL,
        shard smallint NOT NULL CHECK (shard BETWEEN 0 AND 15),
        stamp bigint NOT NULL,
        PRIMARY KEY (strategy_id, shard)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE strategy_stamps');
  }
}
