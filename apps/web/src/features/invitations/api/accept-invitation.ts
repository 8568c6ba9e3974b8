import { invitationPreview, loginResponse, type AcceptInvitationRequest } from '@belong/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, setCsrfToken } from '../../../lib/api-client';
import { meQueryOptions } from '../../auth/api/get-me';

export function getInvitation(token: string) {
  return apiRequest(`/invitations/${encodeURIComponent(token)}`, invitationPreview);
}

export const invitationQueryOptions = (token: string) =>
  queryOptions({ queryKey: ['invitations', token], queryFn: () => getInvitation(token) });

export function useInvitation(token: string) {
  return useQuery({ ...invitationQueryOptions(token), retry: false });
}

export function acceptInvitation(token: string, body: AcceptInvitationRequest) {
  return apiRequest(`/invitations/${encodeURIComponent(token)}/accept`, loginResponse, { method: 'POST', body });
}

/** Accepting signs the person in, as signing in does. */
export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptInvitationRequest) => acceptInvitation(token, body),
    onSuccess: ({ csrfToken, user }) => {
      setCsrfToken(csrfToken);
      queryClient.clear();
      queryClient.setQueryData(meQueryOptions().queryKey, user);
    },
  });
}
