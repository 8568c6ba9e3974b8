import { comment, type CreateCommentRequest } from '@belong/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function createComment(sectionId: string, body: CreateCommentRequest) {
  return apiRequest(`/sections/${encodeURIComponent(sectionId)}/comments`, comment, { method: 'POST', body });
}

/** The section's comments and its count of open ones (on the section and on its strategy's board) change. */
export function useCreateComment(sectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCommentRequest) => createComment(sectionId, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['sections', sectionId] }),
        queryClient.invalidateQueries({ queryKey: ['strategies'] }),
      ]),
  });
}
