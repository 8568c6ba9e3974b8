import { sectionApprovals, type CreateApprovalRequest } from '@belong/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** A decision on the revision the signatory read: the API refuses it (412) when the text changed since. */
export function createApproval(sectionId: string, revision: number, body: CreateApprovalRequest) {
  return apiRequest(`/sections/${encodeURIComponent(sectionId)}/approvals`, sectionApprovals, { method: 'POST', body, ifMatch: revision });
}

/** The section's state changes with the decision, here and on its strategy's board; after a refusal, its text may have. */
export function useCreateApproval(sectionId: string, revision: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateApprovalRequest) => createApproval(sectionId, revision, body),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['sections', sectionId] }),
        queryClient.invalidateQueries({ queryKey: ['strategies'] }),
      ]),
  });
}
