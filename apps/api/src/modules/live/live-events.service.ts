import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityRef } from '@belong/contracts';
import { entityTypes } from '@belong/contracts';
import { Housekeeping } from '../../infra/database/housekeeping';
import { AuditService, type AuditRecord } from '../audit/audit.service';
import { CommentsService } from '../comments/comments.service';
import { ProposalsService } from '../proposals/proposals.service';
import { RecommendationsService } from '../recommendations/recommendations.service';
import { SectionsService } from '../sections/sections.service';
import { StrategiesService } from '../strategies/strategies.service';
import type { StoredLiveEvent } from './live-event';
import { LiveEventsRepository } from './live-events.repository';

const keptMs = 60 * 60_000;
const followed = new Set<string>(entityTypes);

/**
 * Publishes every change to a strategy, section, comment, proposal or recommendation as a live event, in the
 * transaction of the change (through the audit log, which every write records): ids and the strategy's stage,
 * nothing of the content. And touches the strategy (its stamp), so that a reader can tell a page it answered
 * before is still current.
 */
@Injectable()
export class LiveEventsService implements OnModuleInit {
  constructor(
    private readonly events: LiveEventsRepository,
    private readonly audit: AuditService,
    private readonly housekeeping: Housekeeping,
    private readonly strategies: StrategiesService,
    private readonly sections: SectionsService,
    private readonly comments: CommentsService,
    private readonly proposals: ProposalsService,
    private readonly recommendations: RecommendationsService,
  ) {}

  onModuleInit(): void {
    this.audit.onRecorded((record) => this.publish(record));
    this.housekeeping.register('live events', () => this.events.deleteBefore(new Date(Date.now() - keptMs)));
  }

  since(id: number): Promise<StoredLiveEvent[]> {
    return this.events.since(id);
  }

  private async publish(record: AuditRecord): Promise<void> {
    if (!followed.has(record.entityType)) return;
    const entity = { type: record.entityType, id: record.entityId } as EntityRef;
    const where = await this.whereIs(entity, record);
    if (!where) return;
    await this.events.publish({ type: record.action, entity, ...where });
    const { strategyId } = where;
    if (strategyId) this.strategies.touch(strategyId);
  }

  /** The strategy (and its stage) and region a changed thing belongs to. */
  private async whereIs(entity: EntityRef, record: AuditRecord): Promise<Omit<StoredLiveEvent, 'id' | 'type' | 'entity'> | null> {
    const ofStrategy = async (strategyId: string | null, regionId: string | null) => {
      if (!strategyId) return { strategyId: null, regionId, strategyStatus: null };
      const strategy = await this.strategies.found(strategyId);
      return { strategyId, regionId: strategy.regionId, strategyStatus: strategy.status };
    };
    switch (entity.type) {
      case 'strategy':
        return ofStrategy(entity.id, record.regionId);
      case 'section':
        return ofStrategy((await this.sections.find(entity.id))?.strategyId ?? null, record.regionId);
      case 'comment': {
        // A new comment's event names its strategy, a deleted one's its section; others (a resolved, reworded
        // comment) are looked up.
        if (typeof record.data?.strategyId === 'string') return ofStrategy(record.data.strategyId, record.regionId);
        const named = typeof record.data?.sectionId === 'string' ? record.data.sectionId : null;
        const sectionId = named ?? (await this.comments.findMany([entity.id]))[0]?.sectionId ?? null;
        return ofStrategy(sectionId ? ((await this.sections.find(sectionId))?.strategyId ?? null) : null, record.regionId);
      }
      case 'proposal': {
        const proposal = await this.proposals.find(entity.id);
        return proposal ? ofStrategy(proposal.strategyId, proposal.regionId) : null;
      }
      case 'recommendation': {
        // A deleted one's event names its strategy; others are looked up.
        const named = typeof record.data?.strategyId === 'string' ? record.data.strategyId : null;
        return ofStrategy(named ?? (await this.recommendations.withSources(entity.id))?.recommendation.strategyId ?? null, record.regionId);
      }
    }
  }
}
