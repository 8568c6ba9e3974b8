import { listOf, organisation, type OrganisationType } from '@belong/contracts';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { listQueryOptions } from '../../../lib/pagination';

export function getOrganisations(regionId: string, cursor?: string, limit?: number) {
  return apiRequest(`/regions/${encodeURIComponent(regionId)}/organisations`, listOf(organisation), { query: { cursor, limit } });
}

export const organisationsQueryOptions = (regionId: string) =>
  listQueryOptions(['regions', regionId, 'organisations'], (cursor) => getOrganisations(regionId, cursor));

export function useOrganisations(regionId: string, { enabled = true } = {}) {
  return useInfiniteQuery({ ...organisationsQueryOptions(regionId), enabled, retry: false });
}

/** How many organisations of each type the region has (the largest page the API gives: a region has far fewer). */
export function useOrganisationCounts(regionId: string) {
  return useQuery({
    queryKey: ['regions', regionId, 'organisations', 'counts'],
    queryFn: async () => {
      const { items } = await getOrganisations(regionId, undefined, 200);
      const byType = new Map<OrganisationType, number>();
      for (const o of items) byType.set(o.type, (byType.get(o.type) ?? 0) + 1);
      return { total: items.length, byType };
    },
    retry: false,
  });
}
