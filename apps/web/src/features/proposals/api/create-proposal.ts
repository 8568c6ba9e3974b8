import { proposal, type CreateProposalRequest } from '@belong/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function createProposal(regionId: string, body: CreateProposalRequest) {
  return apiRequest(`/regions/${encodeURIComponent(regionId)}/proposals`, proposal, { method: 'POST', body });
}

export function useCreateProposal(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateProposalRequest) => createProposal(regionId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['proposals', regionId] }),
  });
}
