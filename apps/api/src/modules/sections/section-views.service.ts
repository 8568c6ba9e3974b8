import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import type { ApprovalRule, OrganisationType, Section } from '@belong/contracts';
import { summariseApprovals } from '@belong/domain';
import { ApprovalEntity } from '../approvals/approval.entity';
import { CommentEntity } from '../comments/comment.entity';
import { SectionEntity } from './section.entity';

/**
 * Sections as the API shows them, with their approval summary and open comments: two queries for any number
 * of sections, never one per section.
 */
@Injectable()
export class SectionViews {
  constructor(
    @InjectRepository(ApprovalEntity) private readonly approvals: Repository<ApprovalEntity>,
    @InjectRepository(CommentEntity) private readonly comments: Repository<CommentEntity>,
  ) {}

  async of(sections: SectionEntity[], rule: ApprovalRule): Promise<Section[]> {
    if (sections.length === 0) return [];
    const ids = sections.map((s) => s.id);
    const [decisions, openComments] = await Promise.all([
      this.approvals.find({ where: { sectionId: In(ids) }, relations: { organisation: true } }),
      this.comments
        .createQueryBuilder('c')
        .select('c.sectionId', 'sectionId')
        .addSelect('count(*)::int', 'open')
        .where({ sectionId: In(ids), status: 'open' })
        .groupBy('c.sectionId')
        .getRawMany<{ sectionId: string; open: number }>(),
    ]);
    const openBySection = new Map(openComments.map((r) => [r.sectionId, r.open]));
    return sections.map((s) => {
      const own = decisions
        .filter((d) => d.sectionId === s.id)
        .map((d) => ({
          organisationId: d.organisationId,
          organisationType: d.organisation?.type as OrganisationType,
          decision: d.decision,
          revision: d.revision,
          at: d.createdAt,
        }));
      return {
        id: s.id,
        strategyId: s.strategyId,
        position: s.position,
        heading: s.heading,
        body: s.body,
        theme: s.theme,
        revision: s.revision,
        approval: summariseApprovals(rule, own, s.revision),
        openComments: openBySection.get(s.id) ?? 0,
        updatedAt: s.updatedAt.toISOString(),
      };
    });
  }
}
