import { infiniteQueryOptions, type InfiniteData, type QueryKey } from '@tanstack/react-query';
import type { List } from '@belong/contracts';

/** Infinite-query options for a cursor-paginated list: each page asks for the cursor the last one gave. */
export function listQueryOptions<T, K extends QueryKey>(queryKey: K, fetchPage: (cursor: string | undefined) => Promise<List<T>>) {
  return infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: List<T>) => last.nextCursor ?? undefined,
  });
}

export function allItems<T>(data: InfiniteData<List<T>> | undefined): T[] {
  return data?.pages.flatMap((page) => page.items) ?? [];
}
