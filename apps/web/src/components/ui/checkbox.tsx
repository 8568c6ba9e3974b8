import type { InputHTMLAttributes } from 'react';

type CheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & { id: string; label: string; hint?: string };

export function Checkbox({ id, label, hint, ...input }: CheckboxProps) {
  const hintId = `${id}-hint`;
  return (
    <div className="checkbox">
      <input {...input} type="checkbox" id={id} aria-describedby={hint ? hintId : undefined} />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field__hint checkbox__hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
