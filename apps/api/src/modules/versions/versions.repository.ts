import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Transactions } from '../../infra/database/transactions';
import { StrategyVersionEntity } from './strategy-version.entity';

export type VersionRecord = StrategyVersionEntity;
export type VersionSummary = Pick<StrategyVersionEntity, 'strategyId' | 'version' | 'submittedAt' | 'checksum'>;
const summary = { strategyId: true, version: true, submittedAt: true, checksum: true } as const;

@Injectable()
export class VersionsRepository {
  constructor(private readonly tx: Transactions) {}

  private get rows() {
    return this.tx.manager().getRepository(StrategyVersionEntity);
  }

  async next(strategyId: string): Promise<number> {
    return ((await this.rows.maximum('version', { strategyId })) ?? 0) + 1;
  }

  async insert(values: VersionRecord): Promise<void> {
    await this.rows.insert(values);
  }

  find(strategyId: string, version: number): Promise<VersionRecord | null> {
    return this.rows.findOneBy({ strategyId, version });
  }

  /** Oldest first, `limit` at a time, after the version `after` when given. */
  pageOfStrategy(strategyId: string, limit: number, after?: number): Promise<VersionSummary[]> {
    const qb = this.rows
      .createQueryBuilder('v')
      .select(Object.keys(summary).map((k) => `v.${k}`))
      .where('v.strategyId = :strategyId', { strategyId });
    if (after !== undefined) qb.andWhere('v.version > :after', { after });
    return qb.orderBy('v.version', 'ASC').limit(limit).getMany();
  }

  /** Newest first across several strategies, `limit` at a time, after the position `before` when given. */
  pageOfStrategies(strategyIds: readonly string[], limit: number, before?: { at: string; id: string }): Promise<VersionSummary[]> {
    if (strategyIds.length === 0) return Promise.resolve([]);
    const qb = this.rows
      .createQueryBuilder('v')
      .select(Object.keys(summary).map((k) => `v.${k}`))
      .where({ strategyId: In([...strategyIds]) });
    if (before) qb.andWhere('(v.submittedAt, v.strategyId) < (:at, :id)', before);
    return qb.orderBy('v.submittedAt', 'DESC').addOrderBy('v.strategyId', 'DESC').limit(limit).getMany();
  }
}
