import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { meQueryOptions } from '../features/auth/api/get-me';
import { ApiError, isApiError } from '../lib/api-error';

/** A problem the API answered (4xx) will answer the same again: only network and server failures are retried. */
function shouldRetry(failures: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failures < 2;
}

/** A session that ended on the server (expired, revoked) shows at once as signed out, wherever it was noticed. */
function onError(error: unknown): void {
  if (isApiError(error, 'UNAUTHENTICATED')) queryClient.setQueryData(meQueryOptions().queryKey, null);
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: { queries: { retry: shouldRetry, staleTime: 30_000 } },
});
