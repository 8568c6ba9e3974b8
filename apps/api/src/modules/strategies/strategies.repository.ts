import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { List, ListQuery, StrategyStatus } from '@belong/contracts';
import { Transactions } from '../../infra/database/transactions';
import { paginate } from '../../infra/http/pagination';
import { StrategyEntity } from './strategy.entity';

export type StrategyRecord = StrategyEntity;

@Injectable()
export class StrategiesRepository {
  constructor(private readonly tx: Transactions) {}

  private get rows() {
    return this.tx.manager().getRepository(StrategyEntity);
  }

  insert(values: Pick<StrategyEntity, 'regionId' | 'title' | 'language' | 'status' | 'revision' | 'approvalRule' | 'createdBy'>) {
    return this.rows.save(this.rows.create({ ...values, statusNote: null }));
  }

  find(id: string): Promise<StrategyRecord | null> {
    return this.rows.findOneBy({ id });
  }

  findMany(ids: readonly string[]): Promise<StrategyRecord[]> {
    return ids.length ? this.rows.findBy({ id: In([...new Set(ids)]) }) : Promise.resolve([]);
  }

  findByTitle(regionId: string, title: string): Promise<StrategyRecord | null> {
    return this.rows.findOneBy({ regionId, title });
  }

  /**
   * The row, locked until the transaction ends (`FOR NO KEY UPDATE`: rows that only refer to it may still be
   * inserted). Every write on a strategy or its parts takes this lock first.
   */
  lock(id: string): Promise<StrategyRecord | null> {
    return this.rows.findOne({ where: { id }, lock: { mode: 'for_no_key_update' } });
  }

  pageOfRegion(regionId: string, statuses: readonly StrategyStatus[], query: ListQuery): Promise<List<StrategyRecord>> {
    return paginate(
      this.rows.createQueryBuilder('s').where('s.regionId = :regionId', { regionId }).andWhere('s.status IN (:...statuses)', { statuses }),
      's',
      query,
    );
  }

  ofRegion(regionId: string, statuses: readonly StrategyStatus[]): Promise<StrategyRecord[]> {
    return this.rows.find({ where: { regionId, status: In([...statuses]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  save(strategy: StrategyRecord): Promise<StrategyRecord> {
    return this.rows.save(strategy);
  }
}
