import { sectionDetail } from '@belong/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getSection(sectionId: string) {
  return apiRequest(`/sections/${encodeURIComponent(sectionId)}`, sectionDetail);
}

/** `['sections', id]` prefixes the section's revisions, diffs, comments and approvals too: one invalidation reaches them all. */
export const sectionQueryOptions = (sectionId: string) =>
  queryOptions({ queryKey: ['sections', sectionId], queryFn: () => getSection(sectionId), retry: false });

export function useSection(sectionId: string) {
  return useQuery(sectionQueryOptions(sectionId));
}
