import { listOf, sectionRevision } from '@belong/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { listQueryOptions } from '../../../lib/pagination';

export function getRevisions(sectionId: string, cursor?: string) {
  return apiRequest(`/sections/${encodeURIComponent(sectionId)}/revisions`, listOf(sectionRevision), { query: { cursor } });
}

/** Newest first, a page at a time. */
export const revisionsQueryOptions = (sectionId: string) =>
  listQueryOptions(['sections', sectionId, 'revisions'], (cursor) => getRevisions(sectionId, cursor));

export function useRevisions(sectionId: string) {
  return useInfiniteQuery({ ...revisionsQueryOptions(sectionId), retry: false });
}
