import { Injectable } from '@nestjs/common';
import type { DocumentAnswer, Recommendation } from '@belong/contracts';
import { actionsOpen, type Caller, type RecommendationResource } from '@belong/domain';
import { CommentsService } from '../comments/comments.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { ProposalsService } from '../proposals/proposals.service';
import type { StrategyRecord } from '../strategies/strategies.service';
import { UsersService } from '../users/users.service';
import { RecommendationsRepository, type RecommendationRecord } from './recommendations.repository';

export function recommendationResource(r: Pick<RecommendationRecord, 'status'>, strategy: StrategyRecord): RecommendationResource {
  return { type: 'recommendation', strategy: { id: strategy.id, regionId: strategy.regionId, status: strategy.status }, status: r.status };
}

/** Recommendations with their sources and answers: a fixed number of queries for any number of them. */
@Injectable()
export class RecommendationViews {
  constructor(
    private readonly recommendations: RecommendationsRepository,
    private readonly proposals: ProposalsService,
    private readonly comments: CommentsService,
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
  ) {}

  /** `strategies` holds the strategy of every recommendation given. */
  async of(
    caller: Caller | null,
    rows: RecommendationRecord[],
    strategies: ReadonlyMap<string, StrategyRecord>,
  ): Promise<Recommendation[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [sources, responses] = await Promise.all([this.recommendations.sourcesOf(ids), this.recommendations.responsesOf(ids)]);
    const proposalIds = sources.flatMap((s) => (s.proposalId ? [s.proposalId] : []));
    const [proposals, comments, officials] = await Promise.all([
      this.proposals.findMany(proposalIds),
      this.comments.cited(sources.flatMap((s) => (s.commentId ? [s.commentId] : []))),
      this.users.names(responses.map((r) => r.officialId)),
    ]);
    const organisations = await this.organisations.names(proposals.flatMap((p) => (p.organisationId ? [p.organisationId] : [])));
    const proposalById = new Map(proposals.map((p) => [p.id, p]));
    const responseOf = new Map(responses.map((r) => [r.recommendationId, r]));
    return rows.map((r) => {
      const strategy = strategies.get(r.strategyId)!;
      const own = sources.filter((s) => s.recommendationId === r.id);
      const response = responseOf.get(r.id);
      return {
        id: r.id,
        strategyId: r.strategyId,
        regionId: strategy.regionId,
        title: r.title,
        body: r.body,
        status: r.status,
        sources: {
          proposals: own.flatMap((s) => {
            const p = s.proposalId ? proposalById.get(s.proposalId) : undefined;
            const organisation = p?.organisationId ? organisations.get(p.organisationId) : undefined;
            return p
              ? [
                  {
                    id: p.id,
                    title: p.title,
                    status: p.status,
                    organisationId: p.organisationId,
                    organisationName: organisation?.name ?? null,
                    organisationType: organisation?.type ?? null,
                  },
                ]
              : [];
          }),
          comments: own.flatMap((s) => {
            const c = s.commentId ? comments.get(s.commentId) : undefined;
            return c ? [c] : [];
          }),
        },
        response: response
          ? {
              decision: response.decision,
              answer: response.answer,
              department: response.department,
              dueDate: response.dueDate,
              officialId: response.officialId,
              officialName: officials.get(response.officialId)?.name ?? '',
              createdAt: response.createdAt.toISOString(),
            }
          : null,
        createdAt: r.createdAt.toISOString(),
        updatedAt: r.updatedAt.toISOString(),
        can: caller ? actionsOpen(caller, recommendationResource(r, strategy)) : [],
      };
    });
  }

  /** The authority's answers to these recommendations, as the exports print them. */
  async answers(ids: readonly string[]): Promise<DocumentAnswer[]> {
    return (await this.recommendations.responsesOf(ids)).map((r) => ({
      recommendationId: r.recommendationId,
      decision: r.decision,
      answer: r.answer,
      department: r.department,
      dueDate: r.dueDate,
      at: r.createdAt.toISOString(),
    }));
  }
}
