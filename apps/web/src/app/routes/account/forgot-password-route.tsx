import { passwordResetRequest } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { PageHeading } from '../../../components/ui/page-heading';
import { TextField } from '../../../components/ui/text-field';
import { useRequestPasswordReset } from '../../../features/auth/api/passwords';
import { useForm } from '../../../lib/use-form';

const formId = 'forgot-password';

export function ForgotPasswordRoute() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const form = useForm(formId, { email: '' });
  const labels = { email: t('signIn.email') };
  const submit = form.onSubmit({
    schema: passwordResetRequest,
    toRequest: (values) => values,
    send: async (body) => {
      await request.mutateAsync(body);
      // The same words whether or not the address has an account: the API does not say either.
      return t('passwordReset.requested', { email: body.email });
    },
  });
  return (
    <div className="narrow">
      <PageHeading>{t('passwordReset.forgotTitle')}</PageHeading>
      <p>{t('passwordReset.forgotIntro')}</p>
      <StatusMessage message={form.status} />
      <form className="form" noValidate onSubmit={submit} aria-label={t('passwordReset.forgotTitle')}>
        <ErrorSummary formId={formId} errors={form.errors} labels={labels} />
        <TextField {...form.fieldProps('email')} type="email" label={labels.email} autoComplete="username" spellCheck={false} />
        <Button type="submit" busy={form.submitting}>
          {t('passwordReset.send')}
        </Button>
      </form>
      <p>
        <Link to="/sign-in">{t('passwordReset.backToSignIn')}</Link>
      </p>
    </div>
  );
}
