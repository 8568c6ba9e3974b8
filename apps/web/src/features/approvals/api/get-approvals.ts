import { sectionApprovals } from '@belong/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getApprovals(sectionId: string) {
  return apiRequest(`/sections/${encodeURIComponent(sectionId)}/approvals`, sectionApprovals);
}

export const approvalsQueryOptions = (sectionId: string) =>
  queryOptions({ queryKey: ['sections', sectionId, 'approvals'], queryFn: () => getApprovals(sectionId), retry: false });

export function useApprovals(sectionId: string) {
  return useQuery(approvalsQueryOptions(sectionId));
}
