import type { UpdateMeRequest } from '@belong/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, setCsrfToken } from '../../../lib/api-client';
import { meQueryOptions } from './get-me';

export async function updateMe(body: UpdateMeRequest) {
  const { meResponse } = await import('../../../lib/shell-schemas');
  const { csrfToken, ...me } = await apiRequest('/auth/me', meResponse, { method: 'PATCH', body });
  setCsrfToken(csrfToken);
  return me;
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMe,
    onSuccess: (me) => queryClient.setQueryData(meQueryOptions().queryKey, me),
  });
}
