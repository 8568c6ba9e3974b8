import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { List, ListQuery } from '@belong/contracts';
import { EntityRepository } from '../../infra/database/entity-repository';
import { Transactions } from '../../infra/database/transactions';
import { paginate } from '../../infra/http/pagination';
import { RecommendationResponseEntity } from './recommendation-response.entity';
import { RecommendationSourceEntity } from './recommendation-source.entity';
import { RecommendationEntity } from './recommendation.entity';

export type RecommendationRecord = RecommendationEntity;
export type SourceRecord = RecommendationSourceEntity;
export type ResponseRecord = RecommendationResponseEntity;

@Injectable()
export class RecommendationsRepository extends EntityRepository<RecommendationEntity> {
  constructor(tx: Transactions) {
    super(tx, RecommendationEntity);
  }

  private get sourceRows() {
    return this.tx.manager().getRepository(RecommendationSourceEntity);
  }

  private get responseRows() {
    return this.tx.manager().getRepository(RecommendationResponseEntity);
  }

  pageOfStrategy(strategyId: string, query: ListQuery): Promise<List<RecommendationRecord>> {
    return paginate(this.rows.createQueryBuilder('r').where('r.strategyId = :strategyId', { strategyId }), 'r', query);
  }

  ofStrategy(strategyId: string): Promise<RecommendationRecord[]> {
    return this.rows.find({ where: { strategyId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The recommendations built from a proposal. */
  async citingProposal(proposalId: string): Promise<RecommendationRecord[]> {
    const ids = (await this.sourceRows.find({ select: { recommendationId: true }, where: { proposalId } })).map((s) => s.recommendationId);
    return ids.length ? this.rows.find({ where: { id: In(ids) }, order: { createdAt: 'ASC', id: 'ASC' } }) : [];
  }

  insert(values: Pick<RecommendationEntity, 'strategyId' | 'title' | 'body' | 'createdBy'>): Promise<RecommendationRecord> {
    return this.rows.save(this.rows.create({ ...values, status: 'draft' }));
  }

  save(recommendation: RecommendationRecord): Promise<RecommendationRecord> {
    return this.rows.save(recommendation);
  }

  async delete(id: string): Promise<void> {
    await this.sourceRows.delete({ recommendationId: id });
    await this.rows.delete({ id });
  }

  async setStatusOfStrategy(strategyId: string, status: RecommendationEntity['status']): Promise<void> {
    await this.rows.update({ strategyId }, { status });
  }

  async replaceSources(recommendationId: string, proposalIds: readonly string[], commentIds: readonly string[]): Promise<void> {
    await this.sourceRows.delete({ recommendationId });
    const rows = [
      ...proposalIds.map((proposalId) => ({ recommendationId, proposalId, commentId: null })),
      ...commentIds.map((commentId) => ({ recommendationId, proposalId: null, commentId })),
    ];
    if (rows.length) await this.sourceRows.insert(rows);
  }

  sourcesOf(recommendationIds: readonly string[]): Promise<SourceRecord[]> {
    return recommendationIds.length
      ? this.sourceRows.find({ where: { recommendationId: In([...recommendationIds]) } })
      : Promise.resolve([]);
  }

  /** Of these comments, the ones some recommendation still cites. */
  async stillCited(commentIds: readonly string[]): Promise<Set<string>> {
    if (commentIds.length === 0) return new Set();
    const rows = await this.sourceRows.find({ select: { commentId: true }, where: { commentId: In([...commentIds]) } });
    return new Set(rows.flatMap((r) => (r.commentId ? [r.commentId] : [])));
  }

  responsesOf(recommendationIds: readonly string[]): Promise<ResponseRecord[]> {
    return recommendationIds.length
      ? this.responseRows.find({ where: { recommendationId: In([...recommendationIds]) } })
      : Promise.resolve([]);
  }

  async upsertResponse(values: Omit<RecommendationResponseEntity, 'createdAt'>): Promise<void> {
    await this.responseRows.upsert(values, ['recommendationId']);
  }

  /** The strategy's recommendations that have no answer yet. */
  async unanswered(strategyId: string): Promise<RecommendationRecord[]> {
    return this.rows
      .createQueryBuilder('r')
      .leftJoin(RecommendationResponseEntity, 'answer', 'answer.recommendationId = r.id')
      .where('r.strategyId = :strategyId', { strategyId })
      .andWhere('answer.recommendationId IS NULL')
      .orderBy('r.createdAt', 'ASC')
      .getMany();
  }
}
