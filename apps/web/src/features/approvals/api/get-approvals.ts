import { sectionApprovals, type SectionApprovals } from '@belong/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getApprovals(sectionId: string, cursor?: string) {
  return apiRequest(`/sections/${encodeURIComponent(sectionId)}/approvals`, sectionApprovals, { query: { cursor } });
}

/** The section's approval state (on every page alike) and its decisions on record, newest first, a page at a time. */
export const approvalsQueryOptions = (sectionId: string) =>
  infiniteQueryOptions({
    queryKey: ['sections', sectionId, 'approvals'],
    queryFn: ({ pageParam }) => getApprovals(sectionId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: SectionApprovals) => last.nextCursor ?? undefined,
    retry: false,
  });

export function useApprovals(sectionId: string) {
  return useInfiniteQuery(approvalsQueryOptions(sectionId));
}
