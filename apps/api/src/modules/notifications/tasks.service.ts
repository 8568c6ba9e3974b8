import { Injectable } from '@nestjs/common';
import type { Task, TaskList } from '@belong/contracts';
import type { AuthUser } from '../../infra/auth/auth-user';
import { ApprovalsService } from '../approvals/approvals.service';
import { ProposalsService } from '../proposals/proposals.service';
import { RecommendationsService } from '../recommendations/recommendations.service';
import { SectionsService } from '../sections/sections.service';
import { StrategiesService } from '../strategies/strategies.service';

/**
 * What waits on the caller, worked out from the records as they are now (not from notifications, which may
 * have been read): sections their organisation has not decided on, proposals to review, recommendations to
 * answer. Oldest first: what has waited longest comes first.
 */
@Injectable()
export class TasksService {
  constructor(
    private readonly strategies: StrategiesService,
    private readonly sections: SectionsService,
    private readonly approvals: ApprovalsService,
    private readonly proposals: ProposalsService,
    private readonly recommendations: RecommendationsService,
  ) {}

  async of(caller: AuthUser): Promise<TaskList> {
    const regionsAs = (role: string) => caller.memberships.filter((m) => m.role === role).map((m) => m.regionId);
    const items = [
      ...(await this.sectionsToDecide(caller)),
      ...(await this.proposalsToReview(regionsAs('coordinator'))),
      ...(await this.recommendationsToAnswer(regionsAs('official'))),
    ];
    return { items: items.sort((a, b) => a.since.localeCompare(b.since)) };
  }

  /** A signatory's: each section of a strategy open for sign-off on whose current text their organisation has not decided. */
  private async sectionsToDecide(caller: AuthUser): Promise<Task[]> {
    const signing = caller.memberships.filter((m) => m.signatory && m.organisationId);
    if (signing.length === 0) return [];
    const strategies = await this.strategies.ofRegions(
      signing.map((m) => m.regionId),
      ['consultation', 'consolidation'],
    );
    const tasks: Task[] = [];
    for (const strategy of strategies) {
      const organisationId = signing.find((m) => m.regionId === strategy.regionId)!.organisationId!;
      const sections = await this.sections.ofStrategy(strategy.id);
      const decided = await this.approvals.decidersOnCurrentText(sections);
      for (const section of sections)
        if (!decided.get(section.id)?.has(organisationId))
          tasks.push({
            kind: 'approve_section',
            regionId: strategy.regionId,
            strategyId: strategy.id,
            sectionId: section.id,
            title: section.heading,
            strategyTitle: strategy.title,
            since: section.updatedAt.toISOString(),
          });
    }
    return tasks;
  }

  private async proposalsToReview(regionIds: string[]): Promise<Task[]> {
    const proposals = await this.proposals.awaitingReview(regionIds);
    const titles = await this.strategyTitles(proposals.flatMap((p) => (p.strategyId ? [p.strategyId] : [])));
    return proposals.map((p) => ({
      kind: 'review_proposal',
      regionId: p.regionId,
      strategyId: p.strategyId,
      proposalId: p.id,
      title: p.title,
      strategyTitle: p.strategyId ? (titles.get(p.strategyId) ?? null) : null,
      since: p.createdAt.toISOString(),
    }));
  }

  private async recommendationsToAnswer(regionIds: string[]): Promise<Task[]> {
    const strategies = await this.strategies.ofRegions(regionIds, ['submitted']);
    const tasks: Task[] = [];
    for (const strategy of strategies)
      for (const r of await this.recommendations.unanswered(strategy.id))
        tasks.push({
          kind: 'answer_recommendation',
          regionId: strategy.regionId,
          strategyId: strategy.id,
          recommendationId: r.id,
          title: r.title,
          strategyTitle: strategy.title,
          since: strategy.updatedAt.toISOString(),
        });
    return tasks;
  }

  private async strategyTitles(ids: string[]): Promise<Map<string, string>> {
    return new Map((await this.strategies.findMany([...new Set(ids)])).map((s) => [s.id, s.title]));
  }
}
