import type { InputHTMLAttributes } from 'react';
import { Field, type FieldProps } from './field';

type TextFieldProps = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;

export function TextField({ id, label, hint, error, className, ...input }: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => <input type="text" {...input} {...control} className={['input', className].filter(Boolean).join(' ')} />}
    </Field>
  );
}
