import { invitation } from '@belong/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, apiSend } from '../../../lib/api-client';
import { invitationsQueryOptions } from './get-invitations';

const pathOf = (regionId: string, id: string) => `/regions/${encodeURIComponent(regionId)}/invitations/${encodeURIComponent(id)}`;

export function resendInvitation(regionId: string, id: string) {
  return apiRequest(`${pathOf(regionId, id)}/resend`, invitation, { method: 'POST' });
}

export function revokeInvitation(regionId: string, id: string) {
  return apiSend(pathOf(regionId, id), { method: 'DELETE' });
}

/** Resending and withdrawing an invitation: both change the list of invitations. */
export function useManageInvitation(regionId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: invitationsQueryOptions(regionId).queryKey });
  return {
    resend: useMutation({ mutationFn: (id: string) => resendInvitation(regionId, id), onSuccess: refresh }),
    revoke: useMutation({ mutationFn: (id: string) => revokeInvitation(regionId, id), onSuccess: refresh }),
  };
}
