import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import type { Recommendation } from '@belong/contracts';
import { CommentEntity } from '../comments/comment.entity';
import { ProposalEntity } from '../proposals/proposal.entity';
import { RecommendationResponseEntity } from './recommendation-response.entity';
import { RecommendationSourceEntity } from './recommendation-source.entity';
import type { RecommendationEntity } from './recommendation.entity';

/** Recommendations with their sources and answers: four queries for any number of them. */
@Injectable()
export class RecommendationViews {
  constructor(
    @InjectRepository(RecommendationSourceEntity) private readonly sources: Repository<RecommendationSourceEntity>,
    @InjectRepository(ProposalEntity) private readonly proposals: Repository<ProposalEntity>,
    @InjectRepository(CommentEntity) private readonly comments: Repository<CommentEntity>,
    @InjectRepository(RecommendationResponseEntity) private readonly responses: Repository<RecommendationResponseEntity>,
  ) {}

  async of(recommendations: RecommendationEntity[], regionId: string): Promise<Recommendation[]> {
    if (recommendations.length === 0) return [];
    const ids = recommendations.map((r) => r.id);
    const [sources, responses] = await Promise.all([
      this.sources.find({ where: { recommendationId: In(ids) } }),
      this.responses.find({ where: { recommendationId: In(ids) }, relations: { official: true } }),
    ]);
    const proposalIds = sources.flatMap((s) => (s.proposalId ? [s.proposalId] : []));
    const commentIds = sources.flatMap((s) => (s.commentId ? [s.commentId] : []));
    const [proposals, comments] = await Promise.all([
      proposalIds.length ? this.proposals.find({ where: { id: In(proposalIds) }, relations: { organisation: true } }) : Promise.resolve([]),
      commentIds.length
        ? this.comments.find({ where: { id: In(commentIds) }, relations: { author: true, organisation: true } })
        : Promise.resolve([]),
    ]);
    const proposalById = new Map(proposals.map((p) => [p.id, p]));
    const commentById = new Map(comments.map((c) => [c.id, c]));
    const responseOf = new Map(responses.map((r) => [r.recommendationId, r]));
    return recommendations.map((r) => {
      const own = sources.filter((s) => s.recommendationId === r.id);
      const response = responseOf.get(r.id);
      return {
        id: r.id,
        strategyId: r.strategyId,
        regionId,
        title: r.title,
        body: r.body,
        status: r.status,
        sources: {
          proposals: own.flatMap((s) => {
            const p = s.proposalId ? proposalById.get(s.proposalId) : undefined;
            return p
              ? [
                  {
                    id: p.id,
                    title: p.title,
                    status: p.status,
                    organisationId: p.organisationId,
                    organisationName: p.organisation?.name ?? null,
                    organisationType: p.organisation?.type ?? null,
                  },
                ]
              : [];
          }),
          comments: own.flatMap((s) => {
            const c = s.commentId ? commentById.get(s.commentId) : undefined;
            return c
              ? [
                  {
                    id: c.id,
                    sectionId: c.sectionId,
                    body: c.body,
                    authorName: c.author?.name ?? '',
                    organisationName: c.organisation?.name ?? null,
                  },
                ]
              : [];
          }),
        },
        response: response
          ? {
              decision: response.decision,
              answer: response.answer,
              department: response.department,
              dueDate: response.dueDate,
              officialId: response.officialId,
              officialName: response.official?.name ?? '',
              createdAt: response.createdAt.toISOString(),
            }
          : null,
        createdAt: r.createdAt.toISOString(),
      };
    });
  }
}
