import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { In, type DataSource, type Repository } from 'typeorm';
import type { CreateRecommendationRequest, List, ListQuery, Recommendation, RecommendationResponseRequest } from '@belong/contracts';
import { feedsRecommendations, textFrozen } from '@belong/domain';
import type { AuthUser } from '../../infra/auth/auth-user';
import { AppError } from '../../infra/http/app-error';
import { paginate } from '../../infra/http/pagination';
import { AuditService } from '../audit/audit.service';
import { CommentEntity } from '../comments/comment.entity';
import { ProposalEntity } from '../proposals/proposal.entity';
import { RegionsService } from '../regions/regions.service';
import { SectionEntity } from '../sections/section.entity';
import { StrategyAccess } from '../strategies/strategy-access.service';
import { RecommendationResponseEntity } from './recommendation-response.entity';
import { RecommendationSourceEntity } from './recommendation-source.entity';
import { RecommendationViews } from './recommendation-views.service';
import { RecommendationEntity } from './recommendation.entity';

@Injectable()
export class RecommendationsService {
  constructor(
    @InjectRepository(RecommendationEntity) private readonly recommendations: Repository<RecommendationEntity>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: StrategyAccess,
    private readonly regions: RegionsService,
    private readonly views: RecommendationViews,
    private readonly audit: AuditService,
  ) {}

  async list(caller: AuthUser, strategyId: string, query: ListQuery): Promise<List<Recommendation>> {
    const strategy = await this.access.visible(caller, strategyId);
    const page = await paginate(
      this.recommendations.createQueryBuilder('r').where('r.strategyId = :strategyId', { strategyId }),
      'r',
      query,
    );
    return { items: await this.views.of(page.items, strategy.regionId), nextCursor: page.nextCursor };
  }

  /** Built by the coordinator from accepted or partly accepted proposals and comments of the same region. */
  async create(caller: AuthUser, strategyId: string, input: CreateRecommendationRequest): Promise<Recommendation> {
    const strategy = await this.access.coordinated(caller, strategyId);
    if (textFrozen(strategy.status))
      throw new AppError('TEXT_FROZEN', `The strategy is ${strategy.status}: its recommendations no longer change`);
    const commentIds = input.commentIds ?? [];
    const [proposals, comments] = await Promise.all([
      input.proposalIds.length ? this.db.getRepository(ProposalEntity).findBy({ id: In(input.proposalIds) }) : Promise.resolve([]),
      commentIds.length ? this.db.getRepository(CommentEntity).findBy({ id: In(commentIds) }) : Promise.resolve([]),
    ]);
    const usable = proposals.filter((p) => p.regionId === strategy.regionId && feedsRecommendations(p.status));
    if (usable.length !== new Set(input.proposalIds).size)
      throw AppError.invalid('body.proposalIds', 'Only accepted or partly accepted proposals of this region');
    const sectionsOfStrategy = new Set(
      (await this.db.getRepository(SectionEntity).find({ select: { id: true }, where: { strategyId } })).map((s) => s.id),
    );
    if (comments.length !== new Set(commentIds).size || comments.some((c) => !sectionsOfStrategy.has(c.sectionId))) {
      throw AppError.invalid('body.commentIds', 'Only comments on this strategy');
    }
    const id = await this.db.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(RecommendationEntity, {
          strategyId,
          title: input.title,
          body: input.body,
          status: 'draft',
          createdBy: caller.userId,
        }),
      );
      const sources: Array<Pick<RecommendationSourceEntity, 'recommendationId' | 'proposalId' | 'commentId'>> = [
        ...[...new Set(input.proposalIds)].map((proposalId) => ({ recommendationId: saved.id, proposalId, commentId: null })),
        ...[...new Set(commentIds)].map((commentId) => ({ recommendationId: saved.id, proposalId: null, commentId })),
      ];
      await manager.insert(RecommendationSourceEntity, sources);
      await this.audit.record(manager, {
        actorId: caller.userId,
        regionId: strategy.regionId,
        action: 'recommendation.created',
        entityType: 'recommendation',
        entityId: saved.id,
        data: { strategyId, proposalIds: input.proposalIds, commentIds },
      });
      return saved.id;
    });
    return this.load(id, strategy.regionId);
  }

  /** An official of the region answers a submitted recommendation; a later answer replaces the earlier one. */
  async respond(caller: AuthUser, id: string, input: RecommendationResponseRequest): Promise<Recommendation> {
    const recommendation = await this.recommendations.findOne({ where: { id } });
    if (!recommendation) throw AppError.notFound('The recommendation');
    const strategy = await this.access.visible(caller, recommendation.strategyId).catch(() => {
      throw AppError.notFound('The recommendation');
    });
    await this.regions.assertAccess(caller, strategy.regionId, 'recommendations.respond').catch((error: unknown) => {
      throw error instanceof AppError && error.code === 'NOT_FOUND' ? AppError.notFound('The recommendation') : error;
    });
    if (recommendation.status !== 'submitted' || strategy.status !== 'submitted') {
      throw new AppError('INVALID_STATE', 'Recommendations are answered while their strategy is submitted to the authority');
    }
    await this.db.transaction(async (manager) => {
      await manager.upsert(
        RecommendationResponseEntity,
        {
          recommendationId: id,
          decision: input.decision,
          answer: input.answer,
          department: input.department ?? null,
          dueDate: input.dueDate ?? null,
          officialId: caller.userId,
        },
        ['recommendationId'],
      );
      await this.audit.record(manager, {
        actorId: caller.userId,
        regionId: strategy.regionId,
        action: 'recommendation.answered',
        entityType: 'recommendation',
        entityId: id,
        data: { decision: input.decision, department: input.department ?? null, dueDate: input.dueDate ?? null },
      });
    });
    return this.load(id, strategy.regionId);
  }

  async get(caller: AuthUser, id: string): Promise<Recommendation> {
    const recommendation = await this.recommendations.findOne({ where: { id } });
    if (!recommendation) throw AppError.notFound('The recommendation');
    const strategy = await this.access.visible(caller, recommendation.strategyId).catch(() => {
      throw AppError.notFound('The recommendation');
    });
    return this.load(id, strategy.regionId);
  }

  private async load(id: string, regionId: string): Promise<Recommendation> {
    const [view] = await this.views.of([await this.recommendations.findOneByOrFail({ id })], regionId);
    return view!;
  }
}
