import { userLookupQuery } from '@belong/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { TextField } from '../../../components/ui/text-field';
import { useForm } from '../../../lib/use-form';
import { useLookupUser, type UserSummary } from '../api/lookup-user';
import { CreateAccountForm } from './create-account-form';

const formId = 'find-person';

interface FindPersonProps {
  /** Administrators may create the account when none has the address. */
  canCreateAccount: boolean;
  onFound: (user: UserSummary) => void;
  autoFocus?: boolean;
}

/** Finds an account by its exact email address. */
export function FindPerson({ canCreateAccount, onFound, autoFocus }: FindPersonProps) {
  const { t } = useTranslation();
  const lookup = useLookupUser();
  const [missing, setMissing] = useState<string | null>(null);
  const form = useForm(formId, { email: '' });
  const labels = { email: t('users.email') };

  const submit = form.onSubmit({
    schema: userLookupQuery,
    toRequest: (values) => values,
    send: async ({ email }) => {
      setMissing(null);
      const found = await lookup.mutateAsync(email);
      if (found) onFound(found);
      else setMissing(email);
      return null;
    },
  });

  return (
    <>
      <form className="form form--inline" noValidate onSubmit={submit} aria-label={t('users.findTitle')}>
        <ErrorSummary formId={formId} errors={form.errors} labels={labels} />
        <TextField
          {...form.fieldProps('email')}
          type="email"
          label={labels.email}
          hint={t('users.emailHint')}
          autoComplete="off"
          spellCheck={false}
          autoFocus={autoFocus}
        />
        <Button type="submit" busy={form.submitting}>
          {t('users.find')}
        </Button>
      </form>
      {missing && (
        <Alert tone="info">
          <p>{t('users.notFound', { email: missing })}</p>
          {!canCreateAccount && <p>{t('users.askAdministrator')}</p>}
        </Alert>
      )}
      {missing && canCreateAccount && <CreateAccountForm key={missing} email={missing} onCreated={onFound} />}
    </>
  );
}
