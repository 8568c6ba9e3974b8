import { strategy, type CreateStrategyRequest } from '@belong/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { strategiesQueryOptions } from './get-strategies';

export function createStrategy(regionId: string, body: CreateStrategyRequest) {
  return apiRequest(`/regions/${encodeURIComponent(regionId)}/strategies`, strategy, { method: 'POST', body });
}

export function useCreateStrategy(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateStrategyRequest) => createStrategy(regionId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: strategiesQueryOptions(regionId).queryKey }),
  });
}
