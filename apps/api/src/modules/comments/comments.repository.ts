import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { CommentStatus, List, ListQuery } from '@belong/contracts';
import { EntityRepository } from '../../infra/database/entity-repository';
import { Transactions } from '../../infra/database/transactions';
import { paginate } from '../../infra/http/pagination';
import { CommentEntity } from './comment.entity';

export type CommentRecord = CommentEntity;

@Injectable()
export class CommentsRepository extends EntityRepository<CommentEntity> {
  constructor(tx: Transactions) {
    super(tx, CommentEntity);
  }

  pageOfSection(sectionId: string, status: CommentStatus | undefined, query: ListQuery): Promise<List<CommentRecord>> {
    const qb = this.rows.createQueryBuilder('c').where('c.sectionId = :sectionId', { sectionId });
    if (status) qb.andWhere('c.status = :status', { status });
    return paginate(qb, 'c', query);
  }

  insert(values: Pick<CommentEntity, 'sectionId' | 'parentId' | 'body' | 'anchor' | 'revision' | 'authorId' | 'organisationId'>) {
    return this.rows.save(this.rows.create({ ...values, status: 'open', editedAt: null, cited: false }));
  }

  async update(id: string, values: Partial<Pick<CommentEntity, 'status' | 'body' | 'editedAt' | 'cited'>>): Promise<void> {
    await this.rows.update({ id }, values);
  }

  async setCited(ids: readonly string[], cited: boolean): Promise<void> {
    if (ids.length) await this.rows.update({ id: In([...ids]) }, { cited });
  }

  async delete(id: string): Promise<void> {
    await this.rows.delete({ id });
  }

  /** How many replies each of these comments has. */
  async replyCounts(ids: readonly string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows = await this.rows
      .createQueryBuilder('c')
      .select('c.parentId', 'parentId')
      .addSelect('count(*)::int', 'n')
      .where({ parentId: In([...ids]) })
      .groupBy('c.parentId')
      .getRawMany<{ parentId: string; n: number }>();
    return new Map(rows.map((r) => [r.parentId, r.n]));
  }

  /** The organisations that commented on any of these sections. */
  async organisationsOn(sectionIds: readonly string[]): Promise<string[]> {
    if (sectionIds.length === 0) return [];
    const rows = await this.rows
      .createQueryBuilder('c')
      .select('DISTINCT c.organisationId', 'organisationId')
      .where({ sectionId: In([...sectionIds]) })
      .andWhere('c.organisationId IS NOT NULL')
      .getRawMany<{ organisationId: string }>();
    return rows.map((r) => r.organisationId);
  }

  /** Open threads (a thread is its first comment; replies do not count) of each section. */
  async openThreads(sectionIds: readonly string[]): Promise<Map<string, number>> {
    if (sectionIds.length === 0) return new Map();
    const rows = await this.rows
      .createQueryBuilder('c')
      .select('c.sectionId', 'sectionId')
      .addSelect('count(*)::int', 'open')
      .where({ sectionId: In([...sectionIds]), status: 'open' })
      .andWhere('c.parentId IS NULL')
      .groupBy('c.sectionId')
      .getRawMany<{ sectionId: string; open: number }>();
    return new Map(rows.map((r) => [r.sectionId, r.open]));
  }
}
