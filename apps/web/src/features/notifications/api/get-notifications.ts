import type { MarkReadRequest } from '@belong/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, apiSend } from '../../../lib/api-client';

export async function getNotifications(unread = false) {
  const { notificationList } = await import('../../../lib/shell-schemas');
  return apiRequest('/notifications', notificationList, { query: { unread: unread ? 'true' : undefined, limit: 50 } });
}

export const notificationsQueryOptions = (unread = false) =>
  queryOptions({ queryKey: ['notifications', unread ? 'unread' : 'all'], queryFn: () => getNotifications(unread), retry: false });

/** The newest notifications and how many are unread: the bell and the notifications page. */
export function useNotifications(options: { unread?: boolean; enabled?: boolean } = {}) {
  return useQuery({ ...notificationsQueryOptions(options.unread), enabled: options.enabled ?? true });
}

export function markRead(body: MarkReadRequest) {
  return apiSend('/notifications/read', { method: 'POST', body });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: markRead, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }) });
}
