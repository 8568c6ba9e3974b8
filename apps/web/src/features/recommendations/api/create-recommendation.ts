import { recommendation, type CreateRecommendationRequest } from '@belong/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { recommendationsQueryOptions } from './get-recommendations';

export function createRecommendation(strategyId: string, body: CreateRecommendationRequest) {
  return apiRequest(`/strategies/${encodeURIComponent(strategyId)}/recommendations`, recommendation, { method: 'POST', body });
}

export function useCreateRecommendation(strategyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRecommendationRequest) => createRecommendation(strategyId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recommendationsQueryOptions(strategyId).queryKey }),
  });
}
