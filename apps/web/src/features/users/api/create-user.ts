import { user, type CreateUserRequest } from '@belong/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function createUser(body: CreateUserRequest) {
  return apiRequest('/users', user, { method: 'POST', body });
}

export function useCreateUser() {
  return useMutation({ mutationFn: createUser });
}
