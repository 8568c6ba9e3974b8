import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import {
  defaultApprovalRule,
  type CreateStrategyRequest,
  type List,
  type ListQuery,
  type Strategy,
  type StrategyDetail,
  type StrategyStatus,
  type UpdateStrategyRequest,
} from '@belong/contracts';
import { nextStatuses, roleIn } from '@belong/domain';
import type { AuthUser } from '../../infra/auth/auth-user';
import { AppError } from '../../infra/http/app-error';
import { mapList, paginate } from '../../infra/http/pagination';
import { staleRevision } from '../../infra/http/revision';
import { AuditService } from '../audit/audit.service';
import { RegionsService } from '../regions/regions.service';
import { RecommendationResponseEntity } from '../recommendations/recommendation-response.entity';
import { RecommendationEntity } from '../recommendations/recommendation.entity';
import { SectionEntity } from '../sections/section.entity';
import { SectionViews } from '../sections/section-views.service';
import { isCoordinator, StrategyAccess, visibleStatuses } from './strategy-access.service';
import { StrategyVersions } from './strategy-versions.service';
import { StrategyEntity } from './strategy.entity';

/** Where the caller may move the strategy now. */
function movesOpenTo(caller: AuthUser, strategy: StrategyEntity): StrategyStatus[] {
  if (isCoordinator(caller, strategy.regionId)) return [...nextStatuses(strategy.status)];
  if (strategy.status === 'submitted' && roleIn(caller, strategy.regionId) === 'official') return ['returned', 'adopted'];
  return [];
}

export function toStrategy(s: StrategyEntity): Strategy {
  return {
    id: s.id,
    regionId: s.regionId,
    title: s.title,
    language: s.language as Strategy['language'],
    status: s.status,
    revision: s.revision,
    approvalRule: s.approvalRule,
    statusNote: s.statusNote,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

@Injectable()
export class StrategiesService {
  constructor(
    @InjectRepository(StrategyEntity) private readonly strategies: Repository<StrategyEntity>,
    @InjectRepository(SectionEntity) private readonly sections: Repository<SectionEntity>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: StrategyAccess,
    private readonly regions: RegionsService,
    private readonly sectionViews: SectionViews,
    private readonly versions: StrategyVersions,
    private readonly audit: AuditService,
  ) {}

  /**
   * Members see the region's strategies from the consultation on, coordinators drafts too; anyone signed in
   * sees the submitted and adopted ones of every region (the exchange between regions).
   */
  async list(caller: AuthUser, regionId: string, query: ListQuery): Promise<List<Strategy>> {
    await this.regions.get(regionId);
    const qb = this.strategies.createQueryBuilder('s').where('s.regionId = :regionId', { regionId });
    const visible = visibleStatuses(caller, regionId);
    if (visible) qb.andWhere('s.status IN (:...visible)', { visible });
    return mapList(await paginate(qb, 's', query), toStrategy);
  }

  async create(caller: AuthUser, regionId: string, input: CreateStrategyRequest): Promise<Strategy> {
    await this.regions.assertAccess(caller, regionId, 'strategies.write');
    return this.db.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(StrategyEntity, {
          regionId,
          ...input,
          status: 'draft',
          revision: 1,
          approvalRule: defaultApprovalRule,
          createdBy: caller.userId,
        }),
      );
      await this.audit.record(manager, {
        actorId: caller.userId,
        regionId,
        action: 'strategy.created',
        entityType: 'strategy',
        entityId: saved.id,
        data: input,
      });
      return toStrategy(saved);
    });
  }

  /** A fixed number of queries whatever the number of sections: strategy, sections, approvals, comment counts. */
  async get(caller: AuthUser, id: string): Promise<StrategyDetail> {
    const strategy = await this.access.visible(caller, id);
    return this.detail(caller, strategy);
  }

  async detail(caller: AuthUser, strategy: StrategyEntity): Promise<StrategyDetail> {
    const sections = await this.sections.find({ where: { strategyId: strategy.id }, order: { position: 'ASC' } });
    return {
      ...toStrategy(strategy),
      sections: await this.sectionViews.of(sections, strategy.approvalRule),
      nextStatuses: movesOpenTo(caller, strategy),
    };
  }

  async update(caller: AuthUser, id: string, basedOn: number, input: UpdateStrategyRequest): Promise<StrategyDetail> {
    const updated = await this.db.transaction(async (manager) => {
      const strategy = await this.access.coordinated(caller, id, manager);
      if (strategy.revision !== basedOn) throw staleRevision(strategy.revision);
      Object.assign(strategy, input, { revision: strategy.revision + 1 });
      const saved = await manager.save(strategy);
      await this.audit.record(manager, {
        actorId: caller.userId,
        regionId: strategy.regionId,
        action: 'strategy.updated',
        entityType: 'strategy',
        entityId: id,
        data: input,
      });
      return saved;
    });
    return this.detail(caller, updated);
  }

  /**
   * The coordinators move the strategy; once it is submitted, the authority's officials may return it or
   * adopt it too. Submitting freezes a numbered version; adopting needs an answer to every recommendation.
   */
  async transition(caller: AuthUser, id: string, to: StrategyStatus, note?: string): Promise<StrategyDetail> {
    const moved = await this.db.transaction(async (manager) => {
      const strategy = await this.access.visible(caller, id, manager);
      const from = strategy.status;
      const open = movesOpenTo(caller, strategy);
      if (!open.includes(to)) {
        if (open.length === 0 && !isCoordinator(caller, strategy.regionId)) {
          throw new AppError(
            'FORBIDDEN',
            "Only the region's coordinators, and the authority's officials once it is submitted, move the strategy",
          );
        }
        throw new AppError('TRANSITION_NOT_ALLOWED', `A strategy in ${from} cannot move to ${to}`, undefined, {
          from,
          to,
          allowed: nextStatuses(from),
        });
      }
      if (to === 'submitted') await this.assertAllApproved(strategy);
      if (to === 'adopted') await this.assertAllAnswered(manager, strategy);
      if (to === 'consolidation' && from === 'returned')
        await manager.update(RecommendationEntity, { strategyId: id }, { status: 'draft' });
      strategy.status = to;
      strategy.statusNote = note ?? null;
      strategy.revision += 1;
      const saved = await manager.save(strategy);
      const version = to === 'submitted' ? (await this.versions.freeze(manager, saved)).version : undefined;
      await this.audit.record(manager, {
        actorId: caller.userId,
        regionId: strategy.regionId,
        action: 'strategy.moved',
        entityType: 'strategy',
        entityId: id,
        data: { from, to, note, version },
      });
      return saved;
    });
    return this.detail(caller, moved);
  }

  private async assertAllAnswered(manager: EntityManager, strategy: StrategyEntity): Promise<void> {
    const unanswered = await manager
      .createQueryBuilder(RecommendationEntity, 'r')
      .leftJoin(RecommendationResponseEntity, 'answer', 'answer.recommendationId = r.id')
      .where('r.strategyId = :id', { id: strategy.id })
      .andWhere('answer.recommendationId IS NULL')
      .getMany();
    if (unanswered.length > 0) {
      throw new AppError('RECOMMENDATIONS_UNANSWERED', 'Every recommendation needs an answer from the authority first', undefined, {
        recommendations: unanswered.map((r) => ({ id: r.id, title: r.title })),
      });
    }
  }

  private async assertAllApproved(strategy: StrategyEntity): Promise<void> {
    const sections = await this.sectionViews.of(
      await this.sections.find({ where: { strategyId: strategy.id }, order: { position: 'ASC' } }),
      strategy.approvalRule,
    );
    const blocking = sections.filter((s) => s.approval.state !== 'approved');
    if (sections.length === 0 || blocking.length > 0) {
      throw new AppError('SECTIONS_NOT_APPROVED', 'Every section must be approved before the strategy is submitted', undefined, {
        sections: blocking.map((s) => ({ id: s.id, heading: s.heading, ...s.approval })),
      });
    }
  }
}
