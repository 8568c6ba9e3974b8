import type { ChangePasswordRequest, NewPasswordRequest, PasswordResetRequest } from '@belong/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';

export function requestPasswordReset(body: PasswordResetRequest) {
  return apiSend('/auth/password-reset', { method: 'POST', body });
}

export function resetPassword(token: string, body: NewPasswordRequest) {
  return apiSend(`/auth/password-reset/${encodeURIComponent(token)}`, { method: 'POST', body });
}

export function changePassword(body: ChangePasswordRequest) {
  return apiSend('/auth/password', { method: 'POST', body });
}

export const useRequestPasswordReset = () => useMutation({ mutationFn: requestPasswordReset });
export const useResetPassword = (token: string) => useMutation({ mutationFn: (body: NewPasswordRequest) => resetPassword(token, body) });
export const useChangePassword = () => useMutation({ mutationFn: changePassword });
