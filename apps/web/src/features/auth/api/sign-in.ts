import { loginResponse, type LoginRequest } from '@belong/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, setCsrfToken } from '../../../lib/api-client';
import { meQueryOptions } from './get-me';

export function signIn(body: LoginRequest) {
  return apiRequest('/auth/login', loginResponse, { method: 'POST', body });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: ({ csrfToken, user }) => {
      setCsrfToken(csrfToken);
      // What a visitor had loaded may differ from what this person may see.
      queryClient.clear();
      queryClient.setQueryData(meQueryOptions().queryKey, user);
    },
  });
}
