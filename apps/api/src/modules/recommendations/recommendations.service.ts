import { Injectable } from '@nestjs/common';
import type {
  CreateRecommendationRequest,
  DocumentAnswer,
  List,
  ListQuery,
  Recommendation,
  RecommendationResponseRequest,
  UpdateRecommendationRequest,
} from '@belong/contracts';
import { decide, feedsRecommendations, type Caller } from '@belong/domain';
import { Transactions } from '../../infra/database/transactions';
import { AppError } from '../../infra/http/app-error';
import { enforce } from '../../infra/http/enforce';
import { AuditService } from '../audit/audit.service';
import { CommentsService } from '../comments/comments.service';
import { ProposalsService } from '../proposals/proposals.service';
import { SectionsService } from '../sections/sections.service';
import { StrategiesService, type StrategyRecord } from '../strategies/strategies.service';
import { recommendationResource, RecommendationViews } from './recommendation-views';
import { RecommendationsRepository, type RecommendationRecord } from './recommendations.repository';

const unique = (ids: readonly string[] = []) => [...new Set(ids)];

@Injectable()
export class RecommendationsService {
  constructor(
    private readonly recommendations: RecommendationsRepository,
    private readonly tx: Transactions,
    private readonly views: RecommendationViews,
    private readonly strategies: StrategiesService,
    private readonly sections: SectionsService,
    private readonly proposals: ProposalsService,
    private readonly comments: CommentsService,
    private readonly audit: AuditService,
  ) {}

  async list(caller: Caller, strategyId: string, query: ListQuery): Promise<List<Recommendation>> {
    const strategy = await this.strategies.visible(caller, strategyId);
    const page = await this.recommendations.pageOfStrategy(strategyId, query);
    return { items: await this.viewsOf(caller, page.items, strategy), nextCursor: page.nextCursor };
  }

  /** The recommendations built from a proposal, with the authority's answers: where the proposal led. */
  async ofProposal(caller: Caller, proposalId: string): Promise<List<Recommendation>> {
    await this.proposals.visible(caller, proposalId);
    const rows = await this.recommendations.citingProposal(proposalId);
    const strategies = new Map((await this.strategies.findMany(rows.map((r) => r.strategyId))).map((s) => [s.id, s]));
    const seen = rows.filter((r) => decide(caller, 'read', recommendationResource(r, strategies.get(r.strategyId)!)).kind === 'allow');
    return { items: await this.views.of(caller, seen, strategies), nextCursor: null };
  }

  async get(caller: Caller, id: string): Promise<Recommendation> {
    const recommendation = await this.recommendations.find(id);
    if (!recommendation) throw AppError.notFound('The recommendation');
    const strategy = await this.strategies.visible(caller, recommendation.strategyId, 'The recommendation');
    return (await this.viewsOf(caller, [recommendation], strategy))[0]!;
  }

  /** Built by the coordinator from accepted or partly accepted proposals and comments of the same strategy's region. */
  async create(caller: Caller, strategyId: string, input: CreateRecommendationRequest): Promise<Recommendation> {
    return this.tx.run(async () => {
      const strategy = await this.strategies.lockedFor(caller, strategyId, 'recommend');
      const proposalIds = unique(input.proposalIds);
      const commentIds = unique(input.commentIds);
      await this.assertSources(strategy, proposalIds, commentIds);
      const saved = await this.recommendations.insert({ strategyId, title: input.title, body: input.body, createdBy: caller.userId });
      await this.recommendations.replaceSources(saved.id, proposalIds, commentIds);
      await this.comments.setCited(commentIds, true);
      await this.audit.record({
        actorId: caller.userId,
        regionId: strategy.regionId,
        action: 'recommendation.created',
        entityType: 'recommendation',
        entityId: saved.id,
        data: { strategyId, proposalIds, commentIds },
      });
      return (await this.viewsOf(caller, [saved], strategy))[0]!;
    });
  }

  /** Rewording or re-sourcing a draft recommendation; an empty change changes nothing and is not recorded. */
  async update(caller: Caller, id: string, input: UpdateRecommendationRequest): Promise<Recommendation> {
    return this.tx.run(async () => {
      const { recommendation, strategy } = await this.lockedFor(caller, id, 'edit');
      const fields = Object.keys(input).filter((key) => input[key as keyof UpdateRecommendationRequest] !== undefined);
      if (fields.length > 0) {
        if (input.proposalIds !== undefined) {
          const proposalIds = unique(input.proposalIds);
          const commentIds = unique(input.commentIds);
          await this.assertSources(strategy, proposalIds, commentIds);
          const before = (await this.recommendations.sourcesOf([id])).flatMap((s) => (s.commentId ? [s.commentId] : []));
          await this.recommendations.replaceSources(id, proposalIds, commentIds);
          await this.comments.setCited(commentIds, true);
          await this.uncite(before.filter((c) => !commentIds.includes(c)));
        }
        recommendation.title = input.title ?? recommendation.title;
        recommendation.body = input.body ?? recommendation.body;
        await this.recommendations.save(recommendation);
        await this.audit.record({
          actorId: caller.userId,
          regionId: strategy.regionId,
          action: 'recommendation.updated',
          entityType: 'recommendation',
          entityId: id,
          data: { fields },
        });
      }
      return (await this.viewsOf(caller, [recommendation], strategy))[0]!;
    });
  }

  async delete(caller: Caller, id: string): Promise<void> {
    await this.tx.run(async () => {
      const { strategy } = await this.lockedFor(caller, id, 'delete');
      const cited = (await this.recommendations.sourcesOf([id])).flatMap((s) => (s.commentId ? [s.commentId] : []));
      await this.recommendations.delete(id);
      await this.uncite(cited);
      await this.audit.record({
        actorId: caller.userId,
        regionId: strategy.regionId,
        action: 'recommendation.deleted',
        entityType: 'recommendation',
        entityId: id,
        // Where it was, for those who follow the strategy: it can no longer be looked up.
        data: { strategyId: strategy.id },
      });
    });
  }

  /** An official of the region answers a submitted recommendation; a later answer replaces the earlier one. */
  async respond(caller: Caller, id: string, input: RecommendationResponseRequest): Promise<Recommendation> {
    return this.tx.run(async () => {
      const { recommendation, strategy } = await this.lockedFor(caller, id, 'answer');
      await this.recommendations.upsertResponse({
        recommendationId: id,
        decision: input.decision,
        answer: input.answer,
        department: input.department ?? null,
        dueDate: input.dueDate ?? null,
        officialId: caller.userId,
      });
      await this.audit.record({
        actorId: caller.userId,
        regionId: strategy.regionId,
        action: 'recommendation.answered',
        entityType: 'recommendation',
        entityId: id,
        data: { decision: input.decision, department: input.department ?? null, dueDate: input.dueDate ?? null },
      });
      return (await this.viewsOf(caller, [recommendation], strategy))[0]!;
    });
  }

  /**
   * A recommendation as stored, with who is behind it: the organisations (and, where a proposal or comment had
   * none, the people) of its sources. No access check: for those who tell them (notifications).
   */
  async withSources(id: string): Promise<{ recommendation: RecommendationRecord; organisationIds: string[]; authorIds: string[] } | null> {
    const recommendation = await this.recommendations.find(id);
    if (!recommendation) return null;
    const sources = await this.recommendations.sourcesOf([id]);
    const [proposals, comments] = await Promise.all([
      this.proposals.findMany(sources.flatMap((s) => (s.proposalId ? [s.proposalId] : []))),
      this.comments.findMany(sources.flatMap((s) => (s.commentId ? [s.commentId] : []))),
    ]);
    const behind = [...proposals, ...comments];
    return {
      recommendation,
      organisationIds: behind.flatMap((b) => (b.organisationId ? [b.organisationId] : [])),
      authorIds: behind.flatMap((b) => (b.organisationId ? [] : [b.authorId])),
    };
  }

  /** Submitting the strategy sends its recommendations with it; a new round after a return makes them drafts again. */
  async setStatusOfStrategy(strategyId: string, status: RecommendationRecord['status']): Promise<void> {
    await this.recommendations.setStatusOfStrategy(strategyId, status);
  }

  /** The strategy's recommendations that still wait for the authority's answer. */
  async unanswered(strategyId: string): Promise<Array<{ id: string; title: string }>> {
    return (await this.recommendations.unanswered(strategyId)).map((r) => ({ id: r.id, title: r.title }));
  }

  /** Every recommendation of the strategy, oldest first, as a document shows them (no caller: nothing to offer). */
  async ofStrategy(strategy: StrategyRecord): Promise<Recommendation[]> {
    return this.views.of(null, await this.recommendations.ofStrategy(strategy.id), new Map([[strategy.id, strategy]]));
  }

  answers(ids: readonly string[]): Promise<DocumentAnswer[]> {
    return this.views.answers(ids);
  }

  /** The recommendation with its strategy locked first, and the policy's say on `action`. */
  private async lockedFor(caller: Caller, id: string, action: 'edit' | 'delete' | 'answer') {
    const known = await this.recommendations.find(id);
    if (!known) throw AppError.notFound('The recommendation');
    const strategy = await this.strategies.locked(known.strategyId, 'The recommendation');
    const recommendation = await this.recommendations.lock(id);
    if (!recommendation) throw AppError.notFound('The recommendation');
    enforce(decide(caller, action, recommendationResource(recommendation, strategy)), 'The recommendation');
    return { recommendation, strategy };
  }

  private viewsOf(caller: Caller, rows: RecommendationRecord[], strategy: StrategyRecord): Promise<Recommendation[]> {
    return this.views.of(caller, rows, new Map([[strategy.id, strategy]]));
  }

  /** Sources are accepted or partly accepted proposals of the strategy's region, and comments on its sections. */
  private async assertSources(strategy: StrategyRecord, proposalIds: string[], commentIds: string[]): Promise<void> {
    const [proposals, comments, sections] = await Promise.all([
      this.proposals.findMany(proposalIds),
      this.comments.findMany(commentIds),
      this.sections.outlineOf(strategy.id),
    ]);
    const usable = proposals.filter((p) => p.regionId === strategy.regionId && feedsRecommendations(p.status));
    if (usable.length !== proposalIds.length)
      throw AppError.invalid('body.proposalIds', 'Only accepted or partly accepted proposals of this region');
    const ownSections = new Set(sections.map((s) => s.id));
    if (comments.length !== commentIds.length || comments.some((c) => !ownSections.has(c.sectionId)))
      throw AppError.invalid('body.commentIds', 'Only comments on this strategy');
  }

  private async uncite(commentIds: string[]): Promise<void> {
    if (commentIds.length === 0) return;
    const still = await this.recommendations.stillCited(commentIds);
    await this.comments.setCited(
      commentIds.filter((c) => !still.has(c)),
      false,
    );
  }
}
