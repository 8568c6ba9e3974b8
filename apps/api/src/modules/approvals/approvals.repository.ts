import { Injectable } from '@nestjs/common';
import type { List, ListQuery } from '@belong/contracts';
import { Transactions } from '../../infra/database/transactions';
import { paginate } from '../../infra/http/pagination';
import { ApprovalEntity } from './approval.entity';

export type ApprovalRecord = ApprovalEntity;

@Injectable()
export class ApprovalsRepository {
  constructor(private readonly tx: Transactions) {}

  private get rows() {
    return this.tx.manager().getRepository(ApprovalEntity);
  }

  /** One decision per organisation and revision: a second one on the same revision replaces the first. */
  async upsert(values: Pick<ApprovalEntity, 'sectionId' | 'organisationId' | 'revision' | 'decision' | 'note' | 'userId'>): Promise<void> {
    await this.tx.manager().query(
      `INSERT INTO approvals (section_id, organisation_id, revision, decision, note, user_id)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (section_id, organisation_id, revision)
       DO UPDATE SET decision = EXCLUDED.decision, note = EXCLUDED.note, user_id = EXCLUDED.user_id, created_at = now()`,
      [values.sectionId, values.organisationId, values.revision, values.decision, values.note, values.userId],
    );
  }

  /** Newest first, a page at a time. */
  pageOfSection(sectionId: string, query: ListQuery): Promise<List<ApprovalRecord>> {
    return paginate(this.rows.createQueryBuilder('a').where('a.sectionId = :sectionId', { sectionId }), 'a', query, 'DESC');
  }

  /** The decisions on each section's current text (made on or after its `textRevision`): one query for any number. */
  onCurrentText(sections: ReadonlyArray<{ id: string; textRevision: number }>): Promise<ApprovalRecord[]> {
    if (sections.length === 0) return Promise.resolve([]);
    return this.rows
      .createQueryBuilder('a')
      .innerJoin(
        '(SELECT unnest(CAST(:ids AS uuid[])) AS id, unnest(CAST(:since AS int[])) AS since)',
        'cur',
        'cur.id = a.section_id AND a.revision >= cur.since',
      )
      .setParameters({ ids: sections.map((s) => s.id), since: sections.map((s) => s.textRevision) })
      .orderBy('a.createdAt', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
  }

  /** The latest decision of one organisation on a section, whatever its revision. */
  latestOf(sectionId: string, organisationId: string): Promise<ApprovalRecord | null> {
    return this.rows.findOne({ where: { sectionId, organisationId }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  /** Every decision on the sections of a document, oldest first (for the frozen sign-off record). */
  ofSections(sectionIds: readonly string[]): Promise<ApprovalRecord[]> {
    if (sectionIds.length === 0) return Promise.resolve([]);
    return this.rows
      .createQueryBuilder('a')
      .where('a.sectionId IN (:...sectionIds)', { sectionIds })
      .orderBy('a.createdAt', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
  }
}
