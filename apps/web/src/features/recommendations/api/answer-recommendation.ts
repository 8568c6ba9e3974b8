import { recommendation, type RecommendationResponseRequest } from '@belong/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { recommendationsQueryOptions } from './get-recommendations';

export function answerRecommendation(recommendationId: string, body: RecommendationResponseRequest) {
  return apiRequest(`/recommendations/${encodeURIComponent(recommendationId)}/response`, recommendation, { method: 'POST', body });
}

/** A later answer replaces the earlier one. */
export function useAnswerRecommendation(recommendationId: string, strategyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecommendationResponseRequest) => answerRecommendation(recommendationId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recommendationsQueryOptions(strategyId).queryKey }),
  });
}
