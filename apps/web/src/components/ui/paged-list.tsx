import type { List } from '@belong/contracts';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/error-message';
import { allItems } from '../../lib/pagination';
import { Alert } from './alert';
import { LoadMore } from './load-more';
import { Spinner } from './spinner';

interface PagedListProps<T> {
  query: UseInfiniteQueryResult<InfiniteData<List<T>>>;
  /** Said when the list has no items. */
  empty: string;
  children: (items: T[]) => ReactNode;
}

/** A cursor-paginated list with its loading, error and empty states and a "load more" button. */
export function PagedList<T>({ query, empty, children }: PagedListProps<T>) {
  const { t } = useTranslation();
  if (query.isPending) return <Spinner label={t('common.loading')} />;
  if (query.isError && !query.data) return <Alert tone="error">{errorMessage(t, query.error)}</Alert>;
  const items = allItems(query.data);
  return (
    <>
      {items.length > 0 ? children(items) : <p>{empty}</p>}
      {query.isFetchNextPageError && <Alert tone="error">{errorMessage(t, query.error)}</Alert>}
      <LoadMore
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
        label={t('common.loadMore')}
      />
    </>
  );
}
