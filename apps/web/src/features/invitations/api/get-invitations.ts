import { invitation, listOf } from '@belong/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { listQueryOptions } from '../../../lib/pagination';

export function getInvitations(regionId: string, cursor?: string) {
  return apiRequest(`/regions/${encodeURIComponent(regionId)}/invitations`, listOf(invitation), { query: { cursor } });
}

export const invitationsQueryOptions = (regionId: string) =>
  listQueryOptions(['regions', regionId, 'invitations'], (cursor) => getInvitations(regionId, cursor));

export function useInvitations(regionId: string) {
  return useInfiniteQuery({ ...invitationsQueryOptions(regionId), retry: false });
}
