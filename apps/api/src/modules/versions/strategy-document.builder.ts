import { Injectable } from '@nestjs/common';
import { organisationTypes, type ProposalStatus, type StrategyDocument } from '@belong/contracts';
import { ApprovalsService } from '../approvals/approvals.service';
import { CommentsService } from '../comments/comments.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { ProposalsService } from '../proposals/proposals.service';
import { RecommendationsService } from '../recommendations/recommendations.service';
import { RegionsService } from '../regions/regions.service';
import { SectionsService } from '../sections/sections.service';
import type { StrategyRecord } from '../strategies/strategies.service';

/**
 * Gathers the consolidated strategy: text, the sign-off on every section, the recommendations with their
 * sources, and who took part. A fixed number of queries, whatever the size of the strategy; run it in one
 * transaction (the submitting one, or a REPEATABLE READ snapshot) so that its parts agree with each other.
 */
@Injectable()
export class StrategyDocumentBuilder {
  constructor(
    private readonly regions: RegionsService,
    private readonly sections: SectionsService,
    private readonly approvals: ApprovalsService,
    private readonly recommendations: RecommendationsService,
    private readonly proposals: ProposalsService,
    private readonly comments: CommentsService,
    private readonly organisations: OrganisationsService,
  ) {}

  async build(strategy: StrategyRecord, version: { number: number; submittedAt: Date } | null): Promise<StrategyDocument> {
    const region = await this.regions.found(strategy.regionId);
    const sections = await this.sections.ofStrategy(strategy.id);
    const [signOff, recommendations, participation] = await Promise.all([
      this.approvals.signOff(sections),
      this.recommendations.ofStrategy(strategy),
      this.participation(
        strategy,
        sections.map((s) => s.id),
      ),
    ]);
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
      sections: sections.map((s) => ({
        id: s.id,
        position: s.position,
        heading: s.heading,
        body: s.body,
        theme: s.theme,
        revision: s.revision,
        signOff: signOff.get(s.id) ?? [],
      })),
      recommendations: recommendations.map((r) => ({
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
      participation,
    };
  }

  /** Per type of organisation of the region: how many there are, and how many commented, proposed, endorsed, approved. */
  private async participation(strategy: StrategyRecord, sectionIds: string[]): Promise<StrategyDocument['participation']> {
    const [organisations, commented, approved, proposals] = await Promise.all([
      this.organisations.ofRegion(strategy.regionId),
      this.comments.organisationsThatCommented(sectionIds),
      this.approvals.organisationsThatApproved(sectionIds),
      this.proposals.participation(strategy.id),
    ]);
    const count = (...wanted: ProposalStatus[]) =>
      proposals.statuses.filter((s) => wanted.includes(s.status)).reduce((sum, s) => sum + s.n, 0);
    return {
      byType: organisationTypes.flatMap((type) => {
        const ofType = organisations.filter((o) => o.type === type).map((o) => o.id);
        if (ofType.length === 0) return [];
        const among = (set: Set<string>) => ofType.filter((id) => set.has(id)).length;
        return [
          {
            organisationType: type,
            organisations: ofType.length,
            commented: among(commented),
            proposed: among(proposals.proposedBy),
            endorsed: among(proposals.endorsedBy),
            approved: among(approved),
          },
        ];
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
