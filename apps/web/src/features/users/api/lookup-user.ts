import { user } from '@belong/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { isApiError } from '../../../lib/api-error';

export const userSummary = user.pick({ id: true, name: true, email: true });
export type UserSummary = z.infer<typeof userSummary>;

/** The account with exactly this email address, or null when there is none. */
export async function lookupUser(email: string): Promise<UserSummary | null> {
  try {
    return await apiRequest('/users/lookup', userSummary, { query: { email } });
  } catch (error) {
    if (isApiError(error, 'NOT_FOUND')) return null;
    throw error;
  }
}

export const lookupUserQueryOptions = (email: string) =>
  queryOptions({ queryKey: ['users', 'lookup', email], queryFn: () => lookupUser(email), retry: false, staleTime: 0 });

/** Looks an address up when the person asks for it (a button), not on every keystroke. */
export function useLookupUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (email: string) => queryClient.query(lookupUserQueryOptions(email)) });
}
