import { sectionDetail, type CreateSectionRequest } from '@belong/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function createSection(strategyId: string, body: CreateSectionRequest) {
  return apiRequest(`/strategies/${encodeURIComponent(strategyId)}/sections`, sectionDetail, { method: 'POST', body });
}

export function useCreateSection(strategyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSectionRequest) => createSection(strategyId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['strategies', strategyId] }),
  });
}
