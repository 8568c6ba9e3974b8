import type { ErrorCode } from '@belong/contracts';
import type { Messages } from '@belong/i18n';
import type { TFunction } from 'i18next';
import { ApiError, type ClientErrorCode } from './api-error';

type CodeWithMessage = keyof Messages['errors']['codes'];
type CodeWithoutMessage = Exclude<ErrorCode | ClientErrorCode, CodeWithMessage>;
/**
 * Fails to compile, naming the codes, when the contracts gain an error code that has no message in
 * the catalogue's en.json (and so in every locale: see libs/i18n).
 */
export const everyErrorCodeHasAMessage: [CodeWithoutMessage] extends [never] ? true : CodeWithoutMessage = true;

/** A sentence for the person, in the interface language, chosen by the problem's stable code. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.codes.UNEXPECTED_RESPONSE');
  if (error.code === 'TOO_MANY_REQUESTS' && error.retryAfterSeconds) {
    return t('errors.tryAgainInMinutes', { count: Math.ceil(error.retryAfterSeconds / 60) });
  }
  if (error.code === 'EXPORTS_BUSY' && error.retryAfterSeconds) {
    return t('errors.exportsBusyTryAgainInSeconds', { count: error.retryAfterSeconds });
  }
  return t(`errors.codes.${error.code}`);
}
