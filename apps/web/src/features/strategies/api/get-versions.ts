import { listOf, strategyVersion } from '@belong/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { listQueryOptions } from '../../../lib/pagination';

export function getVersions(strategyId: string, cursor?: string) {
  return apiRequest(`/strategies/${encodeURIComponent(strategyId)}/versions`, listOf(strategyVersion), { query: { cursor } });
}

/** The submitted versions, oldest first, each frozen with the checksum of its canonical JSON. */
export const versionsQueryOptions = (strategyId: string) =>
  listQueryOptions(['strategies', strategyId, 'versions'], (cursor) => getVersions(strategyId, cursor));

export function useVersions(strategyId: string, { enabled = true } = {}) {
  return useInfiniteQuery({ ...versionsQueryOptions(strategyId), enabled, retry: false });
}
