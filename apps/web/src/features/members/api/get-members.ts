import { listOf, member } from '@belong/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { listQueryOptions } from '../../../lib/pagination';

export function getMembers(regionId: string, cursor?: string) {
  return apiRequest(`/regions/${encodeURIComponent(regionId)}/members`, listOf(member), { query: { cursor } });
}

export const membersQueryOptions = (regionId: string) =>
  listQueryOptions(['regions', regionId, 'members'], (cursor) => getMembers(regionId, cursor));

export function useMembers(regionId: string) {
  return useInfiniteQuery({ ...membersQueryOptions(regionId), retry: false });
}
