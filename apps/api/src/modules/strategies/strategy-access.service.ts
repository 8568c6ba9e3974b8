import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { StrategyStatus } from '@belong/contracts';
import { openToAllRegions, openToMembers, roleIn } from '@belong/domain';
import type { AuthUser } from '../../infra/auth/auth-user';
import { AppError } from '../../infra/http/app-error';
import { StrategyEntity } from './strategy.entity';

/**
 * Who sees a strategy: its region's coordinators always; the region's other members from the consultation
 * on; anyone signed in once it is submitted or adopted. Everyone else is told it does not exist.
 */
export function maySee(caller: AuthUser, strategy: StrategyEntity): boolean {
  if (caller.isAdmin || openToAllRegions(strategy.status)) return true;
  const role = roleIn(caller, strategy.regionId);
  return role === 'coordinator' || (role !== null && openToMembers(strategy.status));
}

/** The statuses of a region's strategies the caller sees; null for all of them. */
export function visibleStatuses(caller: AuthUser, regionId: string): StrategyStatus[] | null {
  const role = roleIn(caller, regionId);
  if (caller.isAdmin || role === 'coordinator') return null;
  return role ? ['consultation', 'consolidation', 'submitted', 'returned', 'adopted'] : ['submitted', 'adopted'];
}

export function isCoordinator(caller: AuthUser, regionId: string): boolean {
  return caller.isAdmin || roleIn(caller, regionId) === 'coordinator';
}

@Injectable()
export class StrategyAccess {
  constructor(@InjectRepository(StrategyEntity) private readonly strategies: Repository<StrategyEntity>) {}

  /** The strategy if the caller may see it; 404 otherwise. With a manager, the row is locked for the transaction. */
  async visible(caller: AuthUser, id: string, manager?: EntityManager): Promise<StrategyEntity> {
    const strategy = manager
      ? await manager.findOne(StrategyEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : await this.strategies.findOne({ where: { id } });
    if (!strategy || !maySee(caller, strategy)) throw AppError.notFound('The strategy');
    return strategy;
  }

  /** The strategy if the caller coordinates its region: 404 when they may not see it, 403 when they only read. */
  async coordinated(caller: AuthUser, id: string, manager?: EntityManager): Promise<StrategyEntity> {
    const strategy = await this.visible(caller, id, manager);
    if (!isCoordinator(caller, strategy.regionId)) throw new AppError('FORBIDDEN', "Only the region's coordinators change the strategy");
    return strategy;
  }
}
