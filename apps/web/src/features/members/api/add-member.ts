import { member, type CreateMemberRequest } from '@belong/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { membersQueryOptions } from './get-members';

export function addMember(regionId: string, body: CreateMemberRequest) {
  return apiRequest(`/regions/${encodeURIComponent(regionId)}/members`, member, { method: 'POST', body });
}

export function useAddMember(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateMemberRequest) => addMember(regionId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: membersQueryOptions(regionId).queryKey }),
  });
}
