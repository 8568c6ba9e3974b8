import { strategyDetail, type StrategyTransitionRequest } from '@belong/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { strategiesQueryOptions } from './get-strategies';

export function moveStrategy(strategyId: string, body: StrategyTransitionRequest) {
  return apiRequest(`/strategies/${encodeURIComponent(strategyId)}/transitions`, strategyDetail, { method: 'POST', body });
}

/** A move changes the strategy, its recommendations (submitted with it) and its versions: all under `['strategies', id]`. */
export function useMoveStrategy(strategyId: string, regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StrategyTransitionRequest) => moveStrategy(strategyId, body),
    onSuccess: (detail) => {
      queryClient.setQueryData(['strategies', strategyId], detail);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['strategies', strategyId] }),
        queryClient.invalidateQueries({ queryKey: strategiesQueryOptions(regionId).queryKey }),
      ]);
    },
  });
}
