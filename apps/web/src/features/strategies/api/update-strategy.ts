import { strategyDetail, type UpdateStrategyRequest } from '@belong/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { strategyQueryOptions } from './get-strategy';

interface UpdateStrategy {
  /** The revision the change is based on: 412 when someone else saved first. */
  revision: number;
  body: UpdateStrategyRequest;
}

export function updateStrategy(strategyId: string, { revision, body }: UpdateStrategy) {
  return apiRequest(`/strategies/${encodeURIComponent(strategyId)}`, strategyDetail, { method: 'PATCH', body, ifMatch: revision });
}

export function useUpdateStrategy(strategyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: UpdateStrategy) => updateStrategy(strategyId, update),
    onSuccess: (detail) => {
      queryClient.setQueryData(strategyQueryOptions(strategyId).queryKey, detail);
      // A new approval rule changes every section's approval state; the page in a language reads it again.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['sections'] }),
        queryClient.invalidateQueries({ queryKey: ['strategies', strategyId, 'in'] }),
      ]);
    },
  });
}
