import { invitation, type CreateInvitationRequest } from '@belong/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invitationsQueryOptions } from './get-invitations';

export function invite(regionId: string, body: CreateInvitationRequest) {
  return apiRequest(`/regions/${encodeURIComponent(regionId)}/invitations`, invitation, { method: 'POST', body });
}

export interface InviteOutcome {
  email: string;
  error: unknown;
}

/** One invitation per address, each on its own: an address that fails does not stop the others. */
export function useInvitePeople(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ emails, ...role }: Omit<CreateInvitationRequest, 'email'> & { emails: string[] }): Promise<InviteOutcome[]> => {
      const outcomes: InviteOutcome[] = [];
      for (const email of emails) {
        try {
          await invite(regionId, { email, ...role });
          outcomes.push({ email, error: null });
        } catch (error) {
          outcomes.push({ email, error });
        }
      }
      return outcomes;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: invitationsQueryOptions(regionId).queryKey }),
  });
}
