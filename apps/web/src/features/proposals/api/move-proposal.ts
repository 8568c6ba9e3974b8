import { proposal, type ProposalTransitionRequest } from '@belong/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { proposalQueryOptions } from './get-proposal';

export function moveProposal(proposalId: string, body: ProposalTransitionRequest) {
  return apiRequest(`/proposals/${encodeURIComponent(proposalId)}/transitions`, proposal, { method: 'POST', body });
}

/**
 * Review, decide or withdraw. Applying the suggested text writes a new revision of its section: the
 * section, its strategy's board and the proposal's diff change with it.
 */
export function useMoveProposal(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProposalTransitionRequest) => moveProposal(proposalId, body),
    onSuccess: (moved) => {
      queryClient.setQueryData(proposalQueryOptions(proposalId).queryKey, moved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['proposal', proposalId, 'diff'] }),
        queryClient.invalidateQueries({ queryKey: ['proposals', moved.regionId] }),
        moved.sectionId ? queryClient.invalidateQueries({ queryKey: ['sections', moved.sectionId] }) : undefined,
        moved.strategyId ? queryClient.invalidateQueries({ queryKey: ['strategies', moved.strategyId] }) : undefined,
      ]);
    },
  });
}
