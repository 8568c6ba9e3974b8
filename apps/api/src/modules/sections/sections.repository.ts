import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { EntityRepository } from '../../infra/database/entity-repository';
import { Transactions } from '../../infra/database/transactions';
import { SectionRevisionEntity } from './section-revision.entity';
import { SectionEntity } from './section.entity';

export type SectionRecord = SectionEntity;
export type SectionRevisionRecord = SectionRevisionEntity;
export type SectionText = Pick<SectionEntity, 'heading' | 'body' | 'theme'>;
/** A section without its text: enough to place it among the others. */
export type SectionOutline = Pick<SectionEntity, 'id' | 'strategyId' | 'position' | 'heading'>;

@Injectable()
export class SectionsRepository extends EntityRepository<SectionEntity> {
  constructor(tx: Transactions) {
    super(tx, SectionEntity);
  }

  private get revisions() {
    return this.tx.manager().getRepository(SectionRevisionEntity);
  }

  ofStrategy(strategyId: string): Promise<SectionRecord[]> {
    return this.rows.find({ where: { strategyId }, order: { position: 'ASC' } });
  }

  outlineOf(strategyId: string): Promise<SectionOutline[]> {
    return this.rows.find({
      select: { id: true, strategyId: true, position: true, heading: true },
      where: { strategyId },
      order: { position: 'ASC' },
    });
  }

  count(strategyId: string): Promise<number> {
    return this.rows.count({ where: { strategyId } });
  }

  /** Makes room at `position` (the unique position index is checked at commit). */
  async shiftFrom(strategyId: string, position: number): Promise<void> {
    await this.tx
      .manager()
      .query(`UPDATE sections SET position = position + 1 WHERE strategy_id = $1 AND position >= $2`, [strategyId, position]);
  }

  async shiftRange(strategyId: string, low: number, high: number, by: 1 | -1): Promise<void> {
    await this.tx
      .manager()
      .query(`UPDATE sections SET position = position + $4 WHERE strategy_id = $1 AND position BETWEEN $2 AND $3`, [
        strategyId,
        low,
        high,
        by,
      ]);
  }

  insert(values: Pick<SectionEntity, 'strategyId' | 'position' | 'heading' | 'body' | 'theme'>): Promise<SectionRecord> {
    return this.rows.save(this.rows.create({ ...values, revision: 1, textRevision: 1 }));
  }

  async update(id: string, values: Partial<Pick<SectionEntity, 'heading' | 'body' | 'theme' | 'position' | 'revision' | 'textRevision'>>) {
    await this.rows.update({ id }, values);
    return this.rows.findOneByOrFail({ id });
  }

  async insertRevision(
    values: Pick<SectionRevisionEntity, 'sectionId' | 'revision' | 'heading' | 'body' | 'theme' | 'authorId' | 'creditedOrganisationId'>,
  ) {
    await this.revisions.insert(values);
  }

  /** Newest first, `limit` at a time, below the revision `before` (a cursor) when given. */
  revisionsPage(sectionId: string, limit: number, before?: number): Promise<SectionRevisionRecord[]> {
    const qb = this.revisions.createQueryBuilder('r').where('r.sectionId = :sectionId', { sectionId });
    if (before !== undefined) qb.andWhere('r.revision < :before', { before });
    return qb.orderBy('r.revision', 'DESC').limit(limit).getMany();
  }

  revisionsNumbered(sectionId: string, numbers: number[]): Promise<SectionRevisionRecord[]> {
    return this.revisions.findBy({ sectionId, revision: In(numbers) });
  }
}
