import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { organisationTypes, type OrganisationType, type ProposalStatus, type StrategyDocument } from '@belong/contracts';
import { currentDecisions } from '@belong/domain';
import { ApprovalEntity } from '../approvals/approval.entity';
import { RecommendationEntity } from '../recommendations/recommendation.entity';
import { RecommendationViews } from '../recommendations/recommendation-views.service';
import { RegionEntity } from '../regions/region.entity';
import { SectionEntity } from '../sections/section.entity';
import type { StrategyEntity } from './strategy.entity';

interface ParticipationRow {
  type: OrganisationType;
  organisations: number;
  commented: number;
  proposed: number;
  endorsed: number;
  approved: number;
}

/**
 * Gathers the consolidated strategy: text, the sign-off on every section, the recommendations with their
 * sources, and who took part. A fixed number of queries, whatever the size of the strategy.
 */
@Injectable()
export class StrategyDocumentBuilder {
  constructor(private readonly recommendationViews: RecommendationViews) {}

  async build(
    manager: EntityManager,
    strategy: StrategyEntity,
    version: { number: number; submittedAt: Date } | null,
  ): Promise<StrategyDocument> {
    const region = await manager.findOneByOrFail(RegionEntity, { id: strategy.regionId });
    const sections = await manager.find(SectionEntity, { where: { strategyId: strategy.id }, order: { position: 'ASC' } });
    const approvals = await manager
      .getRepository(ApprovalEntity)
      .createQueryBuilder('a')
      .innerJoinAndSelect('a.organisation', 'o')
      .innerJoin(SectionEntity, 's', 's.id = a.sectionId')
      .where('s.strategyId = :strategyId', { strategyId: strategy.id })
      .orderBy('a.createdAt', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
    const recommendations = await manager.find(RecommendationEntity, {
      where: { strategyId: strategy.id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return {
      format: 'belong.strategy/1',
      version: version?.number ?? null,
      submittedAt: version?.submittedAt.toISOString() ?? null,
      region: { id: region.id, code: region.code, name: region.name, country: region.country, authority: region.authority },
      strategy: {
        id: strategy.id,
        title: strategy.title,
        language: strategy.language as StrategyDocument['strategy']['language'],
        approvalRule: strategy.approvalRule,
      },
      sections: sections.map((s) => {
        const own = approvals.filter((a) => a.sectionId === s.id);
        const counting = new Set(
          currentDecisions(
            own.map((a) => ({
              organisationId: a.organisationId,
              organisationType: a.organisation!.type,
              decision: a.decision,
              revision: a.revision,
              at: a.createdAt,
            })),
            s.revision,
          ).map((d) => `${d.organisationId}@${d.revision}`),
        );
        return {
          id: s.id,
          position: s.position,
          heading: s.heading,
          body: s.body,
          theme: s.theme,
          revision: s.revision,
          signOff: own.map((a) => ({
            organisation: a.organisation!.name,
            organisationType: a.organisation!.type,
            decision: a.decision,
            note: a.note,
            revision: a.revision,
            current: counting.has(`${a.organisationId}@${a.revision}`),
            at: a.createdAt.toISOString(),
          })),
        };
      }),
      recommendations: (await this.recommendationViews.of(recommendations, strategy.regionId)).map((r) => ({
        id: r.id,
        title: r.title,
        body: r.body,
        sources: {
          proposals: r.sources.proposals.map((p) => ({
            id: p.id,
            title: p.title,
            status: p.status,
            organisation: p.organisationName,
            organisationType: p.organisationType,
          })),
          comments: r.sources.comments.map((c) => ({
            id: c.id,
            sectionId: c.sectionId,
            body: c.body,
            author: c.authorName,
            organisation: c.organisationName,
          })),
        },
      })),
      participation: await this.participation(manager, strategy),
    };
  }

  private async participation(manager: EntityManager, strategy: StrategyEntity): Promise<StrategyDocument['participation']> {
    const rows = await manager.query<ParticipationRow[]>(
      `WITH strategy_sections AS (SELECT id FROM sections WHERE strategy_id = $1),
            strategy_proposals AS (SELECT id, organisation_id FROM proposals WHERE strategy_id = $1)
       SELECT o.type,
              count(*)::int AS organisations,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM comments c WHERE c.organisation_id = o.id AND c.section_id IN (SELECT id FROM strategy_sections)))::int AS commented,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM strategy_proposals p WHERE p.organisation_id = o.id))::int AS proposed,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM endorsements e WHERE e.organisation_id = o.id AND e.proposal_id IN (SELECT id FROM strategy_proposals)))::int AS endorsed,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM approvals a WHERE a.organisation_id = o.id AND a.decision = 'approve' AND a.section_id IN (SELECT id FROM strategy_sections)))::int AS approved
         FROM organisations o
        WHERE o.region_id = $2
        GROUP BY o.type`,
      [strategy.id, strategy.regionId],
    );
    const statuses = await manager.query<Array<{ status: ProposalStatus; n: number }>>(
      `SELECT status, count(*)::int AS n FROM proposals WHERE strategy_id = $1 GROUP BY status`,
      [strategy.id],
    );
    const count = (...wanted: ProposalStatus[]) => statuses.filter((s) => wanted.includes(s.status)).reduce((sum, s) => sum + s.n, 0);
    const byType = new Map(rows.map((r) => [r.type, r]));
    return {
      byType: organisationTypes
        .filter((type) => byType.has(type))
        .map((type) => {
          const r = byType.get(type)!;
          return {
            organisationType: type,
            organisations: r.organisations,
            commented: r.commented,
            proposed: r.proposed,
            endorsed: r.endorsed,
            approved: r.approved,
          };
        }),
      proposals: {
        accepted: count('accepted'),
        partiallyAccepted: count('partially_accepted'),
        rejected: count('rejected'),
        open: count('submitted', 'under_review'),
        withdrawn: count('withdrawn'),
      },
    };
  }
}
