import { sectionDetail, type UpdateSectionRequest } from '@belong/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { sectionQueryOptions } from './get-section';

export interface UpdateSection {
  sectionId: string;
  /** The revision the change is based on: 412 STALE_REVISION when someone else saved first. */
  revision: number;
  body: UpdateSectionRequest;
}

export function updateSection({ sectionId, revision, body }: UpdateSection) {
  return apiRequest(`/sections/${encodeURIComponent(sectionId)}`, sectionDetail, { method: 'PATCH', body, ifMatch: revision });
}

/** Edits or moves a section; its strategy (board, order) and everything under the section are read again. */
export function useUpdateSection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSection,
    onSuccess: (saved) => {
      queryClient.setQueryData(sectionQueryOptions(saved.id).queryKey, saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['strategies', saved.strategyId] }),
        queryClient.invalidateQueries({ queryKey: sectionQueryOptions(saved.id).queryKey }),
      ]);
    },
  });
}
