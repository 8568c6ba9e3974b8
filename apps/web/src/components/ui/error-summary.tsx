import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { hasErrors, type FormErrors } from '../../lib/form-errors';

interface ErrorSummaryProps {
  /** Field ids are `<formId>-<field>`, so that each item can link to its field. */
  formId: string;
  errors: FormErrors;
  labels: Partial<Record<string, string>>;
}

/** Lists what went wrong at the top of a form and takes the focus, so that nobody misses it. */
export function ErrorSummary({ formId, errors, labels }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = `${formId}-error-summary-title`;

  useEffect(() => {
    if (hasErrors(errors)) ref.current?.focus();
  }, [errors]);

  if (!hasErrors(errors)) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <p className="error-summary__title" id={titleId}>
          {t('form.errorSummaryTitle')}
        </p>
        {errors.general && <p>{errors.general}</p>}
        <ul aria-labelledby={titleId}>
          {Object.entries(errors.fields).map(([field, message]) => (
            <li key={field}>
              <a
                href={`#${formId}-${field}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(`${formId}-${field}`)?.focus();
                }}
              >
                {t('form.errorSummaryItem', { label: labels[field] ?? field, message })}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
