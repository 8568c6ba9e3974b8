import type { LiveEvent } from '@belong/contracts';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

/** The cached answers an event makes stale: they are fetched again if a page shows them, at once. */
function invalidate(queryClient: QueryClient, event: LiveEvent): void {
  const stale: unknown[][] = [['notifications'], ['me', 'tasks']];
  if (event.strategyId) stale.push(['strategies', event.strategyId]);
  if (event.entity.type === 'section' || event.entity.type === 'comment') stale.push(['sections']);
  if (event.entity.type === 'proposal') stale.push(['proposal', event.entity.id], ['proposals']);
  for (const queryKey of stale) void queryClient.invalidateQueries({ queryKey });
}

/**
 * Keeps the open pages current: the API's event stream says what changed (ids only), and the data concerned is
 * read again. EventSource reconnects by itself and sends the last event's id, so nothing is missed.
 */
export function useLiveUpdates(signedIn: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!signedIn || typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/events');
    const onChange = async (data: string) => {
      const { liveEvent } = await import('../../lib/shell-schemas');
      const parsed = liveEvent.safeParse(JSON.parse(data));
      if (parsed.success) invalidate(queryClient, parsed.data);
    };
    source.addEventListener('change', (message) => void onChange((message as MessageEvent<string>).data));
    return () => {
      source.close();
    };
  }, [signedIn, queryClient]);
}
