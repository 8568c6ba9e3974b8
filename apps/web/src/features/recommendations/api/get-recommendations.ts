import { listOf, recommendation } from '@belong/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { listQueryOptions } from '../../../lib/pagination';

export function getRecommendations(strategyId: string, cursor?: string) {
  return apiRequest(`/strategies/${encodeURIComponent(strategyId)}/recommendations`, listOf(recommendation), {
    query: { cursor, limit: 200 },
  });
}

export const recommendationsQueryOptions = (strategyId: string) =>
  listQueryOptions(['strategies', strategyId, 'recommendations'], (cursor) => getRecommendations(strategyId, cursor));

export function useRecommendations(strategyId: string, { enabled = true } = {}) {
  return useInfiniteQuery({ ...recommendationsQueryOptions(strategyId), enabled, retry: false });
}
