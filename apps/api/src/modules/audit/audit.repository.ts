import { Injectable } from '@nestjs/common';
import type { List, ListQuery } from '@belong/contracts';
import { Transactions } from '../../infra/database/transactions';
import { paginate } from '../../infra/http/pagination';
import { AuditEventEntity } from './audit-event.entity';

@Injectable()
export class AuditRepository {
  constructor(private readonly tx: Transactions) {}

  private get rows() {
    return this.tx.manager().getRepository(AuditEventEntity);
  }

  async insert(values: Pick<AuditEventEntity, 'actorId' | 'regionId' | 'action' | 'entityType' | 'entityId' | 'data'>): Promise<void> {
    await this.rows.insert(values);
  }

  pageOfRegion(regionId: string, query: ListQuery): Promise<List<AuditEventEntity>> {
    return paginate(this.rows.createQueryBuilder('e').where('e.regionId = :regionId', { regionId }), 'e', query);
  }
}
