import { recommendation, type UpdateRecommendationRequest } from '@belong/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, apiSend } from '../../../lib/api-client';
import { recommendationsQueryOptions } from './get-recommendations';

export function updateRecommendation(id: string, body: UpdateRecommendationRequest) {
  return apiRequest(`/recommendations/${encodeURIComponent(id)}`, recommendation, { method: 'PATCH', body });
}

export function deleteRecommendation(id: string) {
  return apiSend(`/recommendations/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** The coordinators reword, re-source or delete a draft recommendation; the strategy's list is read again. */
export function useChangeRecommendation(strategyId: string) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: recommendationsQueryOptions(strategyId).queryKey }),
      // A comment a recommendation no longer cites may be taken back by its author again.
      queryClient.invalidateQueries({ queryKey: ['sections'] }),
    ]);
  return {
    update: useMutation({
      mutationFn: ({ id, body }: { id: string; body: UpdateRecommendationRequest }) => updateRecommendation(id, body),
      onSuccess: refresh,
    }),
    remove: useMutation({ mutationFn: deleteRecommendation, onSuccess: refresh }),
  };
}
