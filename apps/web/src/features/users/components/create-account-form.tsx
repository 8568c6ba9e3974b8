import { createUserRequest } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { TextField } from '../../../components/ui/text-field';
import { useForm } from '../../../lib/use-form';
import { useCreateUser } from '../api/create-user';
import type { UserSummary } from '../api/lookup-user';

const formId = 'create-account';

/** For administrators: creates the account that an email lookup did not find. */
export function CreateAccountForm({ email, onCreated }: { email: string; onCreated: (user: UserSummary) => void }) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const form = useForm(formId, { name: '', password: '' });
  const labels = { name: t('users.name'), password: t('users.password'), email: t('users.email') };

  const submit = form.onSubmit({
    schema: createUserRequest,
    toRequest: ({ name, password }) => ({ email, name, password }),
    send: async (request) => {
      onCreated(await create.mutateAsync(request));
      return null;
    },
  });

  return (
    <form className="form" noValidate onSubmit={submit} aria-label={t('users.createTitle', { email })}>
      <p>{t('users.createIntro', { email })}</p>
      <ErrorSummary formId={formId} errors={form.errors} labels={labels} />
      <TextField {...form.fieldProps('name')} label={labels.name} autoComplete="off" />
      <TextField
        {...form.fieldProps('password')}
        type="password"
        label={labels.password}
        hint={t('users.passwordHint', { count: 12 })}
        autoComplete="new-password"
      />
      <Button type="submit" busy={form.submitting}>
        {t('users.create')}
      </Button>
    </form>
  );
}
