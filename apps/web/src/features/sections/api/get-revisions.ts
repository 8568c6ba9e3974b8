import { sectionRevision } from '@belong/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

export function getRevisions(sectionId: string) {
  return apiRequest(`/sections/${encodeURIComponent(sectionId)}/revisions`, z.array(sectionRevision));
}

export const revisionsQueryOptions = (sectionId: string) =>
  queryOptions({ queryKey: ['sections', sectionId, 'revisions'], queryFn: () => getRevisions(sectionId), retry: false });

export function useRevisions(sectionId: string) {
  return useQuery(revisionsQueryOptions(sectionId));
}
