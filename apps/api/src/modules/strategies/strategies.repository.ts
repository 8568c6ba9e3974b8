import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { List, ListQuery, StrategyStatus } from '@belong/contracts';
import { EntityRepository } from '../../infra/database/entity-repository';
import { Transactions } from '../../infra/database/transactions';
import { paginate } from '../../infra/http/pagination';
import { StrategyEntity } from './strategy.entity';

export type StrategyRecord = StrategyEntity;

@Injectable()
export class StrategiesRepository extends EntityRepository<StrategyEntity> {
  constructor(tx: Transactions) {
    super(tx, StrategyEntity);
  }

  insert(values: Pick<StrategyEntity, 'regionId' | 'title' | 'language' | 'status' | 'revision' | 'approvalRule' | 'createdBy'>) {
    return this.rows.save(this.rows.create({ ...values, statusNote: null }));
  }

  findByTitle(regionId: string, title: string): Promise<StrategyRecord | null> {
    return this.rows.findOneBy({ regionId, title });
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
