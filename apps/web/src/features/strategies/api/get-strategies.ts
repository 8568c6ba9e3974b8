import { listOf, strategy } from '@belong/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { listQueryOptions } from '../../../lib/pagination';

export function getStrategies(regionId: string, cursor?: string) {
  return apiRequest(`/regions/${encodeURIComponent(regionId)}/strategies`, listOf(strategy), { query: { cursor } });
}

export const strategiesQueryOptions = (regionId: string) =>
  listQueryOptions(['regions', regionId, 'strategies'], (cursor) => getStrategies(regionId, cursor));

export function useStrategies(regionId: string, { enabled = true } = {}) {
  return useInfiniteQuery({ ...strategiesQueryOptions(regionId), enabled, retry: false });
}
