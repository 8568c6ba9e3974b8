import { Button } from './button';

interface LoadMoreProps {
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  label: string;
}

export function LoadMore({ hasMore, loading, onLoadMore, label }: LoadMoreProps) {
  if (!hasMore) return null;
  return (
    <Button variant="secondary" busy={loading} onClick={onLoadMore}>
      {label}
    </Button>
  );
}
