import { proposal } from '@belong/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getProposal(proposalId: string) {
  return apiRequest(`/proposals/${encodeURIComponent(proposalId)}`, proposal);
}

/** `['proposal', id]` prefixes the proposal's diff too. */
export const proposalQueryOptions = (proposalId: string) =>
  queryOptions({ queryKey: ['proposal', proposalId], queryFn: () => getProposal(proposalId), retry: false });

export function useProposal(proposalId: string) {
  return useQuery(proposalQueryOptions(proposalId));
}
