import { listOf, recommendation } from '@belong/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getProposalOutcomes(proposalId: string) {
  return apiRequest(`/proposals/${encodeURIComponent(proposalId)}/recommendations`, listOf(recommendation));
}

/** The recommendations built from a proposal, with the authority's answers: where it led. */
export const proposalOutcomesQueryOptions = (proposalId: string) =>
  queryOptions({ queryKey: ['proposal', proposalId, 'recommendations'], queryFn: () => getProposalOutcomes(proposalId), retry: false });

export function useProposalOutcomes(proposalId: string) {
  return useQuery(proposalOutcomesQueryOptions(proposalId));
}
