import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { List, ProposalListQuery, ProposalStatus } from '@belong/contracts';
import { EntityRepository } from '../../infra/database/entity-repository';
import { Transactions } from '../../infra/database/transactions';
import { paginate } from '../../infra/http/pagination';
import { EndorsementEntity } from './endorsement.entity';
import { ProposalEntity } from './proposal.entity';

export type ProposalRecord = ProposalEntity;
export type EndorsementRecord = EndorsementEntity;
const nobody = '00000000-0000-0000-0000-000000000000';

@Injectable()
export class ProposalsRepository extends EntityRepository<ProposalEntity> {
  constructor(tx: Transactions) {
    super(tx, ProposalEntity);
  }

  private get endorsementRows() {
    return this.tx.manager().getRepository(EndorsementEntity);
  }

  pageOfRegion(regionId: string, query: ProposalListQuery, ownOrganisation: string | null): Promise<List<ProposalRecord>> {
    const qb = this.rows.createQueryBuilder('p').where('p.regionId = :regionId', { regionId });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.strategyId) qb.andWhere('p.strategyId = :strategyId', { strategyId: query.strategyId });
    if (query.organisation === 'mine') qb.andWhere('p.organisationId = :mine', { mine: ownOrganisation ?? nobody });
    return paginate(qb, 'p', query);
  }

  /** Proposals of these regions in one of `statuses`, oldest first. */
  inRegions(regionIds: readonly string[], statuses: readonly ProposalStatus[]): Promise<ProposalRecord[]> {
    if (regionIds.length === 0) return Promise.resolve([]);
    return this.rows.find({ where: { regionId: In([...regionIds]), status: In([...statuses]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  existsInRegion(regionId: string): Promise<boolean> {
    return this.rows.exists({ where: { regionId } });
  }

  insert(values: Omit<ProposalEntity, 'id' | 'createdAt' | 'updatedAt'>): Promise<ProposalRecord> {
    return this.rows.save(this.rows.create(values));
  }

  save(proposal: ProposalRecord): Promise<ProposalRecord> {
    return this.rows.save(proposal);
  }

  /** False when the organisation endorses it already. */
  async endorse(values: Pick<EndorsementEntity, 'proposalId' | 'organisationId' | 'userId'>): Promise<boolean> {
    const inserted = await this.endorsementRows.createQueryBuilder().insert().values(values).orIgnore().execute();
    return (inserted.raw as unknown[]).length > 0;
  }

  endorsementsOf(proposalIds: readonly string[]): Promise<EndorsementRecord[]> {
    return proposalIds.length
      ? this.endorsementRows.find({ where: { proposalId: In([...proposalIds]) }, order: { createdAt: 'ASC' } })
      : Promise.resolve([]);
  }

  ofStrategy(strategyId: string): Promise<Array<Pick<ProposalRecord, 'id' | 'organisationId' | 'status'>>> {
    return this.rows.find({ select: { id: true, organisationId: true, status: true }, where: { strategyId } });
  }

  statusesOf(strategyId: string): Promise<Array<{ status: ProposalStatus; n: number }>> {
    return this.rows
      .createQueryBuilder('p')
      .select('p.status', 'status')
      .addSelect('count(*)::int', 'n')
      .where('p.strategyId = :strategyId', { strategyId })
      .groupBy('p.status')
      .getRawMany();
  }
}
