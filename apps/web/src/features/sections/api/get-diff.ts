import { sectionDiff } from '@belong/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getDiff(sectionId: string, from: number, to: number) {
  return apiRequest(`/sections/${encodeURIComponent(sectionId)}/diff`, sectionDiff, { query: { from, to } });
}

/** Revisions never change once written: a diff between two of them stays true. */
export const diffQueryOptions = (sectionId: string, from: number, to: number) =>
  queryOptions({
    queryKey: ['sections', sectionId, 'diff', from, to],
    queryFn: () => getDiff(sectionId, from, to),
    retry: false,
    staleTime: Infinity,
  });

export function useDiff(sectionId: string, from: number, to: number, { enabled = true } = {}) {
  return useQuery({ ...diffQueryOptions(sectionId, from, to), enabled, placeholderData: keepPreviousData });
}
