import { region } from '@belong/contracts';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { allItems } from '../../../lib/pagination';
import { regionsQueryOptions } from './get-regions';

export function getRegion(regionId: string) {
  return apiRequest(`/regions/${encodeURIComponent(regionId)}`, region);
}

export const regionQueryOptions = (regionId: string) =>
  queryOptions({ queryKey: ['regions', regionId], queryFn: () => getRegion(regionId), retry: false });

/** Coming from the list, the region shows at once from it, and is read again in the background. */
export function useRegion(regionId: string, { enabled = true } = {}) {
  const queryClient = useQueryClient();
  const list = regionsQueryOptions().queryKey;
  return useQuery({
    ...regionQueryOptions(regionId),
    enabled,
    initialData: () => allItems(queryClient.getQueryData(list)).find((r) => r.id === regionId),
    initialDataUpdatedAt: () => queryClient.getQueryState(list)?.dataUpdatedAt,
  });
}
