import { listOf, organisation } from '@belong/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { listQueryOptions } from '../../../lib/pagination';

export function getOrganisations(regionId: string, cursor?: string) {
  return apiRequest(`/regions/${encodeURIComponent(regionId)}/organisations`, listOf(organisation), { query: { cursor } });
}

export const organisationsQueryOptions = (regionId: string) =>
  listQueryOptions(['regions', regionId, 'organisations'], (cursor) => getOrganisations(regionId, cursor));

export function useOrganisations(regionId: string, { enabled = true } = {}) {
  return useInfiniteQuery({ ...organisationsQueryOptions(regionId), enabled, retry: false });
}
