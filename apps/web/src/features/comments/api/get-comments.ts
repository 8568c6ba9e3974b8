import { comment, listOf } from '@belong/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { listQueryOptions } from '../../../lib/pagination';

export function getComments(sectionId: string, cursor?: string) {
  return apiRequest(`/sections/${encodeURIComponent(sectionId)}/comments`, listOf(comment), { query: { cursor, limit: 100 } });
}

/** Oldest first: a reply always comes after the comment it answers. */
export const commentsQueryOptions = (sectionId: string) =>
  listQueryOptions(['sections', sectionId, 'comments'], (cursor) => getComments(sectionId, cursor));

export function useComments(sectionId: string) {
  return useInfiniteQuery({ ...commentsQueryOptions(sectionId), retry: false });
}
