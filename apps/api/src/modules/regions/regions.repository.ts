import { Injectable } from '@nestjs/common';
import { EntityRepository } from '../../infra/database/entity-repository';
import { Transactions } from '../../infra/database/transactions';
import { RegionEntity } from './region.entity';

export type RegionRecord = RegionEntity;

@Injectable()
export class RegionsRepository extends EntityRepository<RegionEntity> {
  constructor(tx: Transactions) {
    super(tx, RegionEntity);
  }

  all(): Promise<RegionRecord[]> {
    return this.rows.find({ order: { name: 'ASC' } });
  }

  findByCode(code: string): Promise<RegionRecord | null> {
    return this.rows.findOneBy({ code });
  }
}
