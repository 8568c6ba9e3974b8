import { sectionApprovals, type CreateApprovalRequest } from '@belong/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { approvalsQueryOptions } from './get-approvals';

export function createApproval(sectionId: string, body: CreateApprovalRequest) {
  return apiRequest(`/sections/${encodeURIComponent(sectionId)}/approvals`, sectionApprovals, { method: 'POST', body });
}

/** The section's state changes with the decision, here and on its strategy's board. */
export function useCreateApproval(sectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateApprovalRequest) => createApproval(sectionId, body),
    onSuccess: (approvals) => {
      queryClient.setQueryData(approvalsQueryOptions(sectionId).queryKey, approvals);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['sections', sectionId], exact: true }),
        queryClient.invalidateQueries({ queryKey: ['strategies'] }),
      ]);
    },
  });
}
