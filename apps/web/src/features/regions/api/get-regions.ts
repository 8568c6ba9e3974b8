import { listOf, region } from '@belong/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { listQueryOptions } from '../../../lib/pagination';

export function getRegions(cursor?: string) {
  return apiRequest('/regions', listOf(region), { query: { cursor } });
}

export const regionsQueryOptions = () => listQueryOptions(['regions'], getRegions);

export function useRegions() {
  return useInfiniteQuery(regionsQueryOptions());
}
