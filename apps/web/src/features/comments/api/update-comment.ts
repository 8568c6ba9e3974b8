import { comment, type UpdateCommentRequest } from '@belong/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function updateComment(commentId: string, body: UpdateCommentRequest) {
  return apiRequest(`/comments/${encodeURIComponent(commentId)}`, comment, { method: 'PATCH', body });
}

export function useUpdateComment(sectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ commentId, body }: { commentId: string; body: UpdateCommentRequest }) => updateComment(commentId, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['sections', sectionId] }),
        queryClient.invalidateQueries({ queryKey: ['strategies'] }),
      ]),
  });
}
