import { strategyDetail } from '@belong/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getStrategy(strategyId: string) {
  return apiRequest(`/strategies/${encodeURIComponent(strategyId)}`, strategyDetail);
}

/** The strategy with its sections, their approval state and where the caller may move it. */
export const strategyQueryOptions = (strategyId: string) =>
  queryOptions({ queryKey: ['strategies', strategyId], queryFn: () => getStrategy(strategyId), retry: false });

export function useStrategy(strategyId: string, { enabled = true } = {}) {
  return useQuery({ ...strategyQueryOptions(strategyId), enabled });
}
