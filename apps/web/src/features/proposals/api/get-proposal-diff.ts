import { proposalDiff } from '@belong/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getProposalDiff(proposalId: string) {
  return apiRequest(`/proposals/${encodeURIComponent(proposalId)}/diff`, proposalDiff);
}

/** What the suggested text would change in the section's current text (not the text it was written against), and whose approvals would lapse. */
export const proposalDiffQueryOptions = (proposalId: string) =>
  queryOptions({ queryKey: ['proposal', proposalId, 'diff'], queryFn: () => getProposalDiff(proposalId), retry: false });

export function useProposalDiff(proposalId: string, { enabled = true } = {}) {
  return useQuery({ ...proposalDiffQueryOptions(proposalId), enabled });
}
