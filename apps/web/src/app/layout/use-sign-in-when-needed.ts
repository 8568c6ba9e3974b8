import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { signInAddress, type SignInNeededState } from '../../features/auth/sign-in-address';
import { isApiError } from '../../lib/api-error';

/**
 * A page whose data answers 401 needs a session this browser does not have: never signed in (a shared
 * link), or the session ended while the page was open. Either way the person goes to the sign-in page,
 * which brings them back here afterwards. A change that answers 401 does the same: without the session
 * the page would take its forms away (they are offered by role), error message and all.
 */
export function useSignInWhenNeeded(): void {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { pathname, search, hash } = useLocation();
  const here = `${pathname}${search}${hash}`;
  const onSignInPage = pathname === '/sign-in';

  useEffect(() => {
    if (onSignInPage) return;
    const onEvent = (event: { type: string; action?: { type: string; error?: unknown } }) => {
      if (event.type !== 'updated' || event.action?.type !== 'error' || !isApiError(event.action.error, 'UNAUTHENTICATED')) return;
      const state: SignInNeededState = { signInNeeded: true };
      void navigate(signInAddress(here), { replace: true, state });
    };
    const stopQueries = queryClient.getQueryCache().subscribe(onEvent);
    const stopMutations = queryClient.getMutationCache().subscribe(onEvent);
    return () => {
      stopQueries();
      stopMutations();
    };
  }, [queryClient, navigate, here, onSignInPage]);
}
