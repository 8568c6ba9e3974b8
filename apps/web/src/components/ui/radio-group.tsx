import type { ChangeEvent } from 'react';

export interface RadioOption {
  value: string;
  label: string;
}

interface RadioGroupProps {
  /** The first radio's id, which an error summary links to; the others get `<id>-<value>`. */
  id: string;
  name: string;
  legend: string;
  value: string;
  options: RadioOption[];
  error?: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}

/** Radios in a fieldset whose legend asks the question; an error describes the group. */
export function RadioGroup({ id, name, legend, value, options, error, onChange }: RadioGroupProps) {
  const errorId = `${id}-error`;
  return (
    <fieldset className={error ? 'fieldset field--error' : 'fieldset'} aria-describedby={error ? errorId : undefined}>
      <legend className="field__label">{legend}</legend>
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.value}`;
        return (
          <div className="radio" key={option.value}>
            <input type="radio" id={optionId} name={name} value={option.value} checked={value === option.value} onChange={onChange} />
            <label htmlFor={optionId}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
