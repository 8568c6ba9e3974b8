import { strategyVersion } from '@belong/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

export function getVersions(strategyId: string) {
  return apiRequest(`/strategies/${encodeURIComponent(strategyId)}/versions`, z.array(strategyVersion));
}

/** The submitted versions, each frozen with the checksum of its canonical JSON. */
export const versionsQueryOptions = (strategyId: string) =>
  queryOptions({ queryKey: ['strategies', strategyId, 'versions'], queryFn: () => getVersions(strategyId), retry: false });

export function useVersions(strategyId: string, { enabled = true } = {}) {
  return useQuery({ ...versionsQueryOptions(strategyId), enabled });
}
