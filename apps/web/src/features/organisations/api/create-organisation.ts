import { organisation, type CreateOrganisationRequest } from '@belong/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { organisationsQueryOptions } from './get-organisations';

export function createOrganisation(regionId: string, body: CreateOrganisationRequest) {
  return apiRequest(`/regions/${encodeURIComponent(regionId)}/organisations`, organisation, { method: 'POST', body });
}

export function useCreateOrganisation(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOrganisationRequest) => createOrganisation(regionId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationsQueryOptions(regionId).queryKey }),
  });
}
