import { notificationSettings, type UpdateNotificationSettingsRequest } from '@belong/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, apiSend } from '../../../lib/api-client';

export function getNotificationSettings() {
  return apiRequest('/me/notification-settings', notificationSettings);
}

export const notificationSettingsQueryOptions = () =>
  queryOptions({ queryKey: ['me', 'notification-settings'], queryFn: getNotificationSettings, retry: false });

export function useNotificationSettings() {
  return useQuery(notificationSettingsQueryOptions());
}

export function updateNotificationSettings(body: UpdateNotificationSettingsRequest) {
  return apiRequest('/me/notification-settings', notificationSettings, { method: 'PUT', body });
}

export function useUpdateNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateNotificationSettings,
    onSuccess: (saved) => queryClient.setQueryData(notificationSettingsQueryOptions().queryKey, saved),
  });
}

/** One click from an email; the link is the key, no sign-in. */
export function unsubscribe(token: string) {
  return apiSend(`/unsubscribe/${encodeURIComponent(token)}`, { method: 'POST', body: {} });
}

export const useUnsubscribe = (token: string) => useMutation({ mutationFn: () => unsubscribe(token) });
