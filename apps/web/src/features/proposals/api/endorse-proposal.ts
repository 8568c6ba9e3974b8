import { proposal } from '@belong/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { proposalQueryOptions } from './get-proposal';

export function endorseProposal(proposalId: string) {
  return apiRequest(`/proposals/${encodeURIComponent(proposalId)}/endorsements`, proposal, { method: 'POST' });
}

export function useEndorseProposal(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => endorseProposal(proposalId),
    onSuccess: (endorsed) => {
      queryClient.setQueryData(proposalQueryOptions(proposalId).queryKey, endorsed);
      return queryClient.invalidateQueries({ queryKey: ['proposals', endorsed.regionId] });
    },
  });
}
