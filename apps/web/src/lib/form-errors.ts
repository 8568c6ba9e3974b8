import type { ErrorCode } from '@belong/contracts';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { ApiError } from './api-error';
import { errorMessage } from './error-message';

/** What a form shows after a failed submit: a message per field, and one for the form as a whole. */
export interface FormErrors {
  fields: Partial<Record<string, string>>;
  general: string | null;
}

export const noErrors: FormErrors = { fields: {}, general: null };

export function hasErrors(errors: FormErrors): boolean {
  return errors.general !== null || Object.keys(errors.fields).length > 0;
}

function issueMessage(t: TFunction, issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      return Number(issue.minimum) <= 1 ? t('validation.required') : t('validation.tooShort', { count: Number(issue.minimum) });
    case 'too_big':
      return t('validation.tooLong', { count: Number(issue.maximum) });
    case 'invalid_format':
      if (issue.format === 'email') return t('validation.email');
      if (issue.format === 'url') return t('validation.url');
      return t('validation.invalid');
    case 'invalid_value':
      return t('validation.choose');
    case 'custom':
      if (issue.path[0] === 'organisationId') return t('validation.organisationRequired');
      if (issue.path[0] === 'anchor') return t('validation.quoteNotInText');
      if (issue.path[0] === 'suggestedText') return t('validation.sectionForSuggestedText');
      if (issue.path[0] === 'proposalIds') return t('validation.atLeastOneSource');
      return t('validation.invalid');
    default:
      return t('validation.invalid');
  }
}

/** Checks form values with the request's contract schema before sending, with messages in the interface language. */
export function validate<S extends z.ZodType>(
  t: TFunction,
  schema: S,
  values: unknown,
): { ok: true; data: z.output<S> } | { ok: false; errors: FormErrors } {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const fields: FormErrors['fields'] = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    fields[field] ??= issueMessage(t, issue);
  }
  return { ok: false, errors: { fields, general: null } };
}

/**
 * Turns an API failure into form errors: field errors go next to their fields, a conflict that names one
 * field (a taken name or email) goes to that field, anything else to the form as a whole.
 */
export function apiFormErrors(t: TFunction, error: unknown, fieldOfCode: Partial<Record<ErrorCode, string>> = {}): FormErrors {
  if (!(error instanceof ApiError)) return { fields: {}, general: errorMessage(t, error) };
  const fields: FormErrors['fields'] = {};
  // A nested field (`anchor.exact`) shows at the form's control for its top-level field.
  for (const { field } of error.fieldErrors) fields[field.split('.')[0]!] ??= t('validation.rejected');
  const field = error.code in fieldOfCode ? fieldOfCode[error.code as ErrorCode] : undefined;
  if (field) return { fields: { ...fields, [field]: errorMessage(t, error) }, general: null };
  return { fields, general: errorMessage(t, error) };
}
