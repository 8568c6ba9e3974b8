import { textFrozen } from '../strategy-workflow';
import { coordinates, speaksForAuthority, type Caller } from './caller';
import { allow, firstRefusal, forbidden, hidden, refusedNow, type PolicyDecision } from './decision';
import type { ActionOn, RecommendationResource } from './resources';
import { maySee } from './strategy-rules';

/** The coordinators shape recommendations until they are submitted; the authority's officials answer them then. */
export function decideOnRecommendation(
  caller: Caller,
  action: ActionOn<'recommendation'>,
  recommendation: RecommendationResource,
): PolicyDecision {
  const { strategy } = recommendation;
  const see = () => (maySee(caller, strategy) ? allow : hidden);
  const draft = () =>
    recommendation.status === 'draft' && !textFrozen(strategy.status)
      ? allow
      : refusedNow('TEXT_FROZEN', 'The recommendation went to the authority with its strategy: it no longer changes');
  switch (action) {
    case 'read':
      return see();
    case 'edit':
    case 'delete':
      return firstRefusal(
        see,
        () => (coordinates(caller, strategy.regionId) ? allow : forbidden("Only the region's coordinators change recommendations")),
        draft,
      );
    case 'answer':
      return firstRefusal(
        see,
        () => (speaksForAuthority(caller, strategy.regionId) ? allow : forbidden("Only the authority's officials answer recommendations")),
        () =>
          recommendation.status === 'submitted' && strategy.status === 'submitted'
            ? allow
            : refusedNow('INVALID_STATE', 'Recommendations are answered while their strategy is submitted to the authority'),
      );
  }
}
