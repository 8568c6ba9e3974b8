import { Injectable } from '@nestjs/common';
import type { StrategyStatus } from '@belong/contracts';
import { decideMove, nextStatuses, type Caller } from '@belong/domain';
import { Transactions } from '../../infra/database/transactions';
import { AppError } from '../../infra/http/app-error';
import { enforce } from '../../infra/http/enforce';
import { AuditService } from '../audit/audit.service';
import { RecommendationsService } from '../recommendations/recommendations.service';
import { SectionsService } from '../sections/sections.service';
import { StrategiesService, type StrategyRecord } from '../strategies/strategies.service';
import { VersionsService } from '../versions/versions.service';
import { SectionViews } from './section-views';
import { blockingSections } from './strategy-views';

/**
 * The strategy's moves. The coordinators move it until it is submitted; then adopting or returning it is the
 * authority's act. Each move locks the strategy, then checks what it needs (every section approved to
 * submit, every recommendation answered to adopt) in the same transaction as it writes.
 */
@Injectable()
export class WorkflowService {
  constructor(
    private readonly tx: Transactions,
    private readonly strategies: StrategiesService,
    private readonly sections: SectionsService,
    private readonly sectionViews: SectionViews,
    private readonly recommendations: RecommendationsService,
    private readonly versions: VersionsService,
    private readonly audit: AuditService,
  ) {}

  async transition(caller: Caller, id: string, to: StrategyStatus, note?: string): Promise<StrategyRecord> {
    return this.tx.run(async () => {
      const strategy = await this.strategies.locked(id);
      const from = strategy.status;
      enforce(decideMove(caller, strategy, to), 'The strategy', { from, to, allowed: nextStatuses(from) });
      if (to === 'submitted') await this.assertAllApproved(caller, strategy);
      if (to === 'adopted') await this.assertAllAnswered(strategy);
      if (from === 'returned' && to === 'consolidation') await this.recommendations.setStatusOfStrategy(id, 'draft');
      const moved = await this.strategies.move(strategy, to, note ?? null);
      let version: number | undefined;
      if (to === 'submitted') {
        version = (await this.versions.freeze(moved)).version;
        await this.recommendations.setStatusOfStrategy(id, 'submitted');
      }
      await this.audit.record({
        actorId: caller.userId,
        regionId: strategy.regionId,
        action: 'strategy.moved',
        entityType: 'strategy',
        entityId: id,
        data: { from, to, note, version },
      });
      return moved;
    });
  }

  private async assertAllApproved(caller: Caller, strategy: StrategyRecord): Promise<void> {
    const sections = await this.sectionViews.of(caller, await this.sections.ofStrategy(strategy.id), strategy);
    const blocking = blockingSections(sections);
    if (sections.length === 0 || blocking.length > 0) {
      throw new AppError('SECTIONS_NOT_APPROVED', 'Every section must be approved before the strategy is submitted', undefined, {
        sections: blocking,
      });
    }
  }

  private async assertAllAnswered(strategy: StrategyRecord): Promise<void> {
    const unanswered = await this.recommendations.unanswered(strategy.id);
    if (unanswered.length > 0) {
      throw new AppError('RECOMMENDATIONS_UNANSWERED', 'Every recommendation needs an answer from the authority first', undefined, {
        recommendations: unanswered,
      });
    }
  }
}
