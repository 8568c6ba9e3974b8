import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';

export function deleteComment(commentId: string) {
  return apiSend(`/comments/${encodeURIComponent(commentId)}`, { method: 'DELETE' });
}

/** Its author takes a comment back; the section's comments and counts are read again. */
export function useDeleteComment(sectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteComment,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['sections', sectionId] }),
        queryClient.invalidateQueries({ queryKey: ['strategies'] }),
      ]),
  });
}
