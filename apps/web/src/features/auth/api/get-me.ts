import type { MeResponse } from '@belong/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest, setCsrfToken } from '../../../lib/api-client';
import { isApiError } from '../../../lib/api-error';

/** The signed-in person: who they are, their memberships, and what they may do beyond any one region. */
export type SignedInPerson = Omit<MeResponse, 'csrfToken'>;

/** Who is signed in, or null: a 401 is the normal answer for a visitor, not an error. */
export async function getMe(): Promise<SignedInPerson | null> {
  try {
    const { meResponse } = await import('../../../lib/shell-schemas');
    const { csrfToken, ...me } = await apiRequest('/auth/me', meResponse);
    setCsrfToken(csrfToken);
    return me;
  } catch (error) {
    if (isApiError(error, 'UNAUTHENTICATED')) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const meQueryOptions = () => queryOptions({ queryKey: ['auth', 'me'], queryFn: getMe, staleTime: 60_000 });

export function useMe() {
  return useQuery(meQueryOptions());
}
