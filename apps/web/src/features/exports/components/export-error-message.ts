import type { TFunction } from 'i18next';
import { isApiError } from '../../../lib/api-error';
import { errorMessage } from '../../../lib/error-message';

/** Why an export failed: a missing strategy or version in the export's own words, anything else by its code. */
export function exportErrorMessage(t: TFunction, error: unknown): string {
  return isApiError(error, 'NOT_FOUND') ? t('export.notFound') : errorMessage(t, error);
}
