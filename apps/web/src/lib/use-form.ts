import type { ErrorCode } from '@belong/contracts';
import { useState, type ChangeEvent, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { apiFormErrors, noErrors, validate, type FormErrors } from './form-errors';

type Values = Record<string, string | boolean>;

interface SubmitOptions<V extends Values, S extends z.ZodType> {
  /** The request's contract schema: the form is checked with it before anything is sent. */
  schema: S;
  /** Turns the form's values into the request (empty optional fields left out, etc.). */
  toRequest: (values: V) => unknown;
  /** Sends the request; resolves to the success message to announce, or null. */
  send: (request: z.output<S>) => Promise<string | null>;
  /** Conflicts that concern one field, e.g. `{ EMAIL_TAKEN: 'email' }`. */
  fieldOfCode?: Partial<Record<ErrorCode, string>>;
  /** Keeps the values after a successful send (an edit form), instead of emptying the form for the next one. */
  keepValues?: boolean;
}

/**
 * The state every form here shares: values, errors (per field and general), the success message, and
 * whether a submit is under way. Field ids are `<formId>-<name>`, which the error summary links to.
 */
export function useForm<V extends Values>(formId: string, initial: V) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [status, setStatus] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const set = (name: keyof V, value: string | boolean) => {
    setValues((current) => ({ ...current, [name]: value }));
  };

  /** Replaces several values at once, e.g. with another version of the text. */
  const setMany = (changes: Partial<V>) => {
    setValues((current) => ({ ...current, ...changes }));
  };

  const fieldProps = (name: keyof V & string) => ({
    id: `${formId}-${name}`,
    name,
    value: String(values[name]),
    error: errors.fields[name],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => {
      set(name, event.target.value);
    },
  });

  const checkboxProps = (name: keyof V & string) => ({
    id: `${formId}-${name}`,
    name,
    checked: Boolean(values[name]),
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      set(name, event.target.checked);
    },
  });

  function onSubmit<S extends z.ZodType>({ schema, toRequest, send, fieldOfCode, keepValues }: SubmitOptions<V, S>) {
    const handle = async () => {
      if (submitting) return;
      setStatus(null);
      const checked = validate(t, schema, toRequest(values));
      if (!checked.ok) {
        setErrors(checked.errors);
        return;
      }
      setErrors(noErrors);
      setSubmitting(true);
      try {
        const message = await send(checked.data);
        if (!keepValues) setValues(initial);
        setStatus(message);
      } catch (error) {
        setErrors(apiFormErrors(t, error, fieldOfCode));
      } finally {
        setSubmitting(false);
      }
    };
    return (event: SubmitEvent<HTMLFormElement>) => {
      event.preventDefault();
      void handle();
    };
  }

  return { values, set, setMany, errors, status, submitting, fieldProps, checkboxProps, onSubmit };
}
