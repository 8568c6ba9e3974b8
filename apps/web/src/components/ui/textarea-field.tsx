import type { TextareaHTMLAttributes } from 'react';
import { Field, type FieldProps } from './field';

type TextAreaFieldProps = FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>;

export function TextAreaField({ id, label, hint, error, className, rows = 5, ...textarea }: TextAreaFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => <textarea rows={rows} {...textarea} {...control} className={['textarea', className].filter(Boolean).join(' ')} />}
    </Field>
  );
}
