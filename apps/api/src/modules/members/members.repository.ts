import { Injectable } from '@nestjs/common';
import type { List, ListQuery, Role } from '@belong/contracts';
import { plainRows } from '../../infra/database/plain-select';
import { Transactions } from '../../infra/database/transactions';
import { paginate } from '../../infra/http/pagination';
import { MembershipEntity } from './membership.entity';

export type MembershipRecord = MembershipEntity;

@Injectable()
export class MembersRepository {
  constructor(private readonly tx: Transactions) {}

  private get rows() {
    return this.tx.manager().getRepository(MembershipEntity);
  }

  pageOfRegion(regionId: string, query: ListQuery): Promise<List<MembershipRecord>> {
    return paginate(this.rows.createQueryBuilder('m').where('m.regionId = :regionId', { regionId }), 'm', query);
  }

  /** Null when the person is a member of the region already. */
  async insert(
    values: Pick<MembershipEntity, 'regionId' | 'userId' | 'role' | 'organisationId' | 'signatory' | 'department'>,
  ): Promise<MembershipRecord | null> {
    const result = await this.rows.createQueryBuilder().insert().values(values).orIgnore().returning('id').execute();
    const id = (result.raw as Array<{ id: string }>)[0]?.id;
    return id ? this.rows.findOneByOrFail({ id }) : null;
  }

  find(regionId: string, userId: string): Promise<MembershipRecord | null> {
    return this.rows.findOneBy({ regionId, userId });
  }

  async delete(id: string): Promise<void> {
    await this.rows.delete({ id });
  }

  /** Members of a region with one of `roles`, of one of `organisationIds` when given, signatories only when asked. */
  async whoAre(
    regionId: string,
    filter: { roles?: readonly Role[]; organisationIds?: readonly string[]; signatories?: boolean },
  ): Promise<string[]> {
    const q = this.rows.createQueryBuilder('m').select('m.userId', 'userId').where('m.regionId = :regionId', { regionId });
    if (filter.roles) q.andWhere('m.role IN (:...roles)', { roles: filter.roles.length ? filter.roles : [''] });
    if (filter.organisationIds)
      q.andWhere('m.organisationId IN (:...orgs)', { orgs: filter.organisationIds.length ? filter.organisationIds : [null] });
    if (filter.signatories) q.andWhere('m.signatory = true');
    return (await q.getRawMany<{ userId: string }>()).map((r) => r.userId);
  }

  /** On every request (the caller's memberships): in plain SQL (see plainSelect). */
  ofUser(userId: string): Promise<MembershipRecord[]> {
    return plainRows(this.tx.manager(), MembershipEntity, 'WHERE "user_id" = $1 ORDER BY "created_at"', [userId]);
  }
}
