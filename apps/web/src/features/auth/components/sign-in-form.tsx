import { loginRequest } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { TextField } from '../../../components/ui/text-field';
import { useForm } from '../../../lib/use-form';
import { useSignIn } from '../api/sign-in';

const formId = 'sign-in';

export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const form = useForm(formId, { email: '', password: '' });
  const labels = { email: t('signIn.email'), password: t('signIn.password') };

  const submit = form.onSubmit({
    schema: loginRequest,
    toRequest: (values) => values,
    send: async (request) => {
      await signIn.mutateAsync(request);
      onSignedIn();
      return null;
    },
  });

  return (
    <form className="form" noValidate onSubmit={submit} aria-label={t('signIn.title')}>
      <ErrorSummary formId={formId} errors={form.errors} labels={labels} />
      <TextField {...form.fieldProps('email')} type="email" label={labels.email} autoComplete="username" spellCheck={false} />
      <TextField {...form.fieldProps('password')} type="password" label={labels.password} autoComplete="current-password" />
      <Button type="submit" busy={form.submitting}>
        {t('signIn.submit')}
      </Button>
      <p>
        <Link to="/forgot-password">{t('signIn.forgot')}</Link>
      </p>
    </form>
  );
}
