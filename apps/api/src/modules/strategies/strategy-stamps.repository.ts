import { Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { Transactions } from '../../infra/database/transactions';

/** How many counters a strategy's stamp is spread over (see the migration that made `strategy_stamps`). */
const shards = 16;

/** `strategy_stamps`: how many times each strategy has changed (see StrategiesService.stampOf). */
@Injectable()
export class StrategyStampsRepository {
  constructor(private readonly tx: Transactions) {}

  async raise(strategyId: string): Promise<void> {
    await this.tx.manager().query(
      `INSERT INTO strategy_stamps (strategy_id, shard, stamp) VALUES ($1, $2, 1)
       ON CONFLICT (strategy_id, shard) DO UPDATE SET stamp = strategy_stamps.stamp + 1`,
      [strategyId, randomInt(shards)],
    );
  }

  /** The sum of the counters: it grows with every committed change. 0 before the first is on record. */
  async of(strategyId: string): Promise<string> {
    const rows = await this.tx
      .manager()
      .query<Array<{ stamp: string }>>(`SELECT coalesce(sum(stamp), 0)::text AS stamp FROM strategy_stamps WHERE strategy_id = $1`, [
        strategyId,
      ]);
    return rows[0]?.stamp ?? '0';
  }
}
