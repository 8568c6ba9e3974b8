import { Injectable } from '@nestjs/common';
import type { List, ListQuery, OrganisationType } from '@belong/contracts';
import { EntityRepository } from '../../infra/database/entity-repository';
import { Transactions } from '../../infra/database/transactions';
import { paginate } from '../../infra/http/pagination';
import { OrganisationEntity } from './organisation.entity';

export type OrganisationRecord = OrganisationEntity;

@Injectable()
export class OrganisationsRepository extends EntityRepository<OrganisationEntity> {
  constructor(tx: Transactions) {
    super(tx, OrganisationEntity);
  }

  /** Null when the region has an organisation of that name already. */
  async insert(values: Pick<OrganisationEntity, 'regionId' | 'name' | 'type' | 'website'>): Promise<OrganisationRecord | null> {
    const result = await this.rows.createQueryBuilder().insert().values(values).orIgnore().returning('id').execute();
    const id = (result.raw as Array<{ id: string }>)[0]?.id;
    return id ? this.rows.findOneByOrFail({ id }) : null;
  }

  pageOfRegion(regionId: string, query: ListQuery): Promise<List<OrganisationRecord>> {
    return paginate(this.rows.createQueryBuilder('o').where('o.regionId = :regionId', { regionId }), 'o', query);
  }

  ofRegion(regionId: string): Promise<OrganisationRecord[]> {
    return this.rows.find({ where: { regionId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  findInRegion(regionId: string, id: string): Promise<OrganisationRecord | null> {
    return this.rows.findOneBy({ regionId, id });
  }

  findByName(regionId: string, name: string): Promise<OrganisationRecord | null> {
    return this.rows.findOneBy({ regionId, name });
  }

  async countByType(regionId: string): Promise<Array<{ type: OrganisationType; count: number }>> {
    return this.rows
      .createQueryBuilder('o')
      .select('o.type', 'type')
      .addSelect('count(*)::int', 'count')
      .where('o.regionId = :regionId', { regionId })
      .groupBy('o.type')
      .getRawMany<{ type: OrganisationType; count: number }>();
  }
}
