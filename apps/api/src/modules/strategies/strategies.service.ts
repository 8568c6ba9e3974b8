import { Injectable } from '@nestjs/common';
import {
  defaultApprovalRule,
  strategyStatuses,
  type ApprovalRule,
  type CreateStrategyRequest,
  type List,
  type ListQuery,
  type Strategy,
  type StrategyStatus,
  type UpdateStrategyRequest,
} from '@belong/contracts';
import { actionsOpen, decide, maySee, type ActionOn, type Caller, type StrategyResource } from '@belong/domain';
import type { LockMode } from '../../infra/database/entity-repository';
import { Transactions } from '../../infra/database/transactions';
import { AppError } from '../../infra/http/app-error';
import { enforce } from '../../infra/http/enforce';
import { staleRevision } from '../../infra/http/revision';
import { AuditService } from '../audit/audit.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { RegionsService } from '../regions/regions.service';
import { StrategyStampsRepository } from './strategy-stamps.repository';
import { StrategiesRepository, type StrategyRecord } from './strategies.repository';

export type { StrategyRecord } from './strategies.repository';

/** The statuses of a region's strategies that the caller sees. */
function visibleStatuses(caller: Caller, regionId: string): StrategyStatus[] {
  return strategyStatuses.filter((status) => maySee(caller, { id: '', regionId, status }));
}

/** The strategy as the policy sees it. */
export function asResource(s: Pick<StrategyRecord, 'id' | 'regionId' | 'status'>): StrategyResource {
  return { type: 'strategy', id: s.id, regionId: s.regionId, status: s.status };
}

export function toStrategy(s: StrategyRecord, caller: Caller): Strategy {
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
    can: actionsOpen(caller, asResource(s)),
  };
}

/**
 * The strategy row: created here, read here, and locked here. Every write on a strategy or one of its parts
 * (sections, comments, approvals, proposals applied to it, recommendations, moves) first takes `locked()` in
 * its transaction, then checks state and access, then writes: nothing can slip between the check and the write.
 */
@Injectable()
export class StrategiesService {
  constructor(
    private readonly strategies: StrategiesRepository,
    private readonly stamps: StrategyStampsRepository,
    private readonly tx: Transactions,
    private readonly regions: RegionsService,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Members see the region's strategies from the consultation on, coordinators drafts too; anyone signed in
   * sees the submitted and adopted ones of every region (the exchange between regions).
   */
  async list(caller: Caller, regionId: string, query: ListQuery): Promise<List<Strategy>> {
    await this.regions.found(regionId);
    const page = await this.strategies.pageOfRegion(regionId, visibleStatuses(caller, regionId), query);
    return { items: page.items.map((s) => toStrategy(s, caller)), nextCursor: page.nextCursor };
  }

  /** Every strategy of the region the caller may see (a region has a handful). */
  async visibleInRegion(caller: Caller, regionId: string): Promise<StrategyRecord[]> {
    await this.regions.found(regionId);
    return this.strategies.ofRegion(regionId, visibleStatuses(caller, regionId));
  }

  async create(caller: Caller, regionId: string, input: CreateStrategyRequest): Promise<Strategy> {
    await this.regions.found(regionId);
    enforce(decide(caller, 'addStrategy', { type: 'region', id: regionId }), 'The region');
    return this.tx.run(async () => {
      const saved = await this.strategies.insert({
        regionId,
        ...input,
        status: 'draft',
        revision: 1,
        approvalRule: defaultApprovalRule,
        createdBy: caller.userId,
      });
      await this.audit.record({
        actorId: caller.userId,
        regionId,
        action: 'strategy.created',
        entityType: 'strategy',
        entityId: saved.id,
        data: input,
      });
      return toStrategy(saved, caller);
    });
  }

  /** The strategy if the caller may see it (404 otherwise); not locked: for reads. */
  async visible(caller: Caller, id: string, what = 'The strategy'): Promise<StrategyRecord> {
    const strategy = await this.strategies.find(id);
    if (!strategy) throw AppError.notFound(what);
    enforce(decide(caller, 'read', asResource(strategy)), what);
    return strategy;
  }

  /**
   * How many times the strategy has changed, as committed: read it before the strategy itself, and whatever is
   * read after is at least as new. Pages kept under it (the strategy page) are current while it stays.
   */
  stampOf(id: string): Promise<string> {
    return this.stamps.of(id);
  }

  /**
   * In the current write's transaction: the strategy (or a part of it) changed. Its stamp is raised as the
   * transaction's last step, so that writers to one strategy hold the counter for one round trip, not for their
   * whole transaction.
   */
  touch(id: string): void {
    this.tx.beforeCommit(`strategy-stamp:${id}`, () => this.stamps.raise(id));
  }

  /** The strategy, or 404: for reads whose access was checked already (a snapshot of it, say). */
  async found(id: string, what = 'The strategy'): Promise<StrategyRecord> {
    const strategy = await this.strategies.find(id);
    if (!strategy) throw AppError.notFound(what);
    return strategy;
  }

  /** Strategies by id, for views of things that belong to several. */
  /** The strategies of these regions in one of `statuses` (what waits on people there), one query a region. */
  async ofRegions(regionIds: readonly string[], statuses: readonly StrategyStatus[]): Promise<StrategyRecord[]> {
    return (await Promise.all(regionIds.map((regionId) => this.strategies.ofRegion(regionId, statuses)))).flat();
  }

  findMany(ids: readonly string[]): Promise<StrategyRecord[]> {
    return this.strategies.findMany(ids);
  }

  /** For the demo data: a region's strategy by its title. */
  findByTitle(regionId: string, title: string): Promise<StrategyRecord | null> {
    return this.strategies.findByTitle(regionId, title);
  }

  /**
   * Locks the strategy row for the current transaction (404 when there is none): the first step of every write.
   * Shared by writes that only add a part beside others (see EntityRepository.lock).
   */
  async locked(id: string, what = 'The strategy', mode: LockMode = 'exclusive'): Promise<StrategyRecord> {
    if (!this.tx.inTransaction()) throw new Error('StrategiesService.locked() outside a transaction');
    const strategy = await this.strategies.lock(id, mode);
    if (!strategy) throw AppError.notFound(what);
    return strategy;
  }

  /** Locks the strategy, then asks the policy whether the caller may take `action` on it now. */
  async lockedFor(caller: Caller, id: string, action: ActionOn<'strategy'>, what = 'The strategy'): Promise<StrategyRecord> {
    const strategy = await this.locked(id, what);
    enforce(decide(caller, action, asResource(strategy)), what);
    return strategy;
  }

  /**
   * Renames the strategy or changes its approval rule (If-Match on its revision). A rule that the region's
   * organisations cannot meet is refused; once submitted the strategy changes no more. An empty change
   * changes nothing and is not recorded.
   */
  async update(caller: Caller, id: string, basedOn: number, input: UpdateStrategyRequest): Promise<StrategyRecord> {
    return this.tx.run(async () => {
      const strategy = await this.lockedFor(caller, id, 'edit');
      if (strategy.revision !== basedOn) throw staleRevision(strategy.revision);
      const changes = {
        ...(input.title !== undefined && input.title !== strategy.title ? { title: input.title } : {}),
        ...(input.approvalRule && JSON.stringify(input.approvalRule) !== JSON.stringify(strategy.approvalRule)
          ? { approvalRule: input.approvalRule }
          : {}),
      };
      if (Object.keys(changes).length === 0) return strategy;
      if (changes.approvalRule) await this.assertMeetable(strategy.regionId, changes.approvalRule);
      Object.assign(strategy, changes, { revision: strategy.revision + 1 });
      const saved = await this.strategies.save(strategy);
      await this.audit.record({
        actorId: caller.userId,
        regionId: strategy.regionId,
        action: 'strategy.updated',
        entityType: 'strategy',
        entityId: id,
        data: changes,
      });
      return saved;
    });
  }

  /** Writes a move the caller's workflow service has checked, on a strategy it locked. */
  async move(strategy: StrategyRecord, to: StrategyStatus, note: string | null): Promise<StrategyRecord> {
    strategy.status = to;
    strategy.statusNote = note;
    strategy.revision += 1;
    return this.strategies.save(strategy);
  }

  /** The region must have enough organisations, and one of every required type, for a section ever to be approved. */
  private async assertMeetable(regionId: string, rule: ApprovalRule): Promise<void> {
    const counts = await this.organisations.countByType(regionId);
    const organisations = Object.values(counts).reduce((sum, n) => sum + n, 0);
    const missingTypes = rule.requiredTypes.filter((type) => !counts[type]);
    if (organisations < rule.minOrganisations || missingTypes.length > 0) {
      throw new AppError(
        'APPROVAL_RULE_UNMEETABLE',
        `The region has ${organisations} organisations${missingTypes.length ? ` and none of the types ${missingTypes.join(', ')}` : ''}: no section could ever be approved under this rule`,
        undefined,
        { organisations, minOrganisations: rule.minOrganisations, missingTypes },
      );
    }
  }
}
