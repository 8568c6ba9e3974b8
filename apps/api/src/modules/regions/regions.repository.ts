import { Injectable } from '@nestjs/common';
import { Transactions } from '../../infra/database/transactions';
import { RegionEntity } from './region.entity';

export type RegionRecord = RegionEntity;

@Injectable()
export class RegionsRepository {
  constructor(private readonly tx: Transactions) {}

  private get rows() {
    return this.tx.manager().getRepository(RegionEntity);
  }

  all(): Promise<RegionRecord[]> {
    return this.rows.find({ order: { name: 'ASC' } });
  }

  find(id: string): Promise<RegionRecord | null> {
    return this.rows.findOneBy({ id });
  }

  findByCode(code: string): Promise<RegionRecord | null> {
    return this.rows.findOneBy({ code });
  }
}
