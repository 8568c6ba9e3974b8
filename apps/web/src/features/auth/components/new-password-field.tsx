import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/ui/text-field';

type NewPasswordFieldProps = Omit<ComponentProps<typeof TextField>, 'label' | 'type' | 'autoComplete'> & { hint?: string };

/** A password being chosen: the rule said beside it, and the browser asked to offer a strong one. */
export function NewPasswordField({ hint, ...field }: NewPasswordFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      {...field}
      type="password"
      label={t('invitation.newPassword')}
      hint={hint ?? t('invitation.passwordHint')}
      autoComplete="new-password"
    />
  );
}
