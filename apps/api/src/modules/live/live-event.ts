import type { LiveEvent, StrategyStatus } from '@belong/contracts';
import { decide, type Caller } from '@belong/domain';

/** An event as stored and announced: what the stream shows, and what the policy needs to decide who sees it. */
export interface StoredLiveEvent extends LiveEvent {
  id: string;
  /** The strategy's stage at the time: whether a reader may see it. */
  strategyStatus: StrategyStatus | null;
}

/** The same rule as reading the thing itself: a draft's changes go to those who may read the draft. */
export function mayReceive(caller: Caller, event: StoredLiveEvent): boolean {
  if (event.strategyId && event.regionId && event.strategyStatus)
    return (
      decide(caller, 'read', { type: 'strategy', id: event.strategyId, regionId: event.regionId, status: event.strategyStatus }).kind ===
      'allow'
    );
  if (event.regionId) return decide(caller, 'readProposals', { type: 'region', id: event.regionId }).kind === 'allow';
  return false;
}

/** What the browser gets: ids, never content. */
export function shown(event: StoredLiveEvent): LiveEvent {
  return { type: event.type, entity: event.entity, strategyId: event.strategyId, regionId: event.regionId };
}
