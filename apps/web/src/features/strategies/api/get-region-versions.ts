import { listOf, regionVersion } from '@belong/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getRegionVersions(regionId: string) {
  return apiRequest(`/regions/${encodeURIComponent(regionId)}/versions`, listOf(regionVersion));
}

/** Every submitted version of the region's strategies the caller may see, newest first. */
export const regionVersionsQueryOptions = (regionId: string) =>
  queryOptions({ queryKey: ['regions', regionId, 'versions'], queryFn: () => getRegionVersions(regionId), retry: false });

export function useRegionVersions(regionId: string, { enabled = true } = {}) {
  return useQuery({ ...regionVersionsQueryOptions(regionId), enabled });
}
