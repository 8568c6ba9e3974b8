import { newPasswordRequest } from '@belong/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { PageHeading } from '../../../components/ui/page-heading';
import { useResetPassword } from '../../../features/auth/api/passwords';
import { NewPasswordField } from '../../../features/auth/components/new-password-field';
import { useForm } from '../../../lib/use-form';

const formId = 'reset-password';

/** Where the emailed reset link leads. */
export function ResetPasswordRoute() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const reset = useResetPassword(token);
  const [done, setDone] = useState(false);
  const form = useForm(formId, { password: '' });
  const labels = { password: t('invitation.newPassword') };
  const submit = form.onSubmit({
    schema: newPasswordRequest,
    toRequest: (values) => values,
    send: async (body) => {
      await reset.mutateAsync(body);
      setDone(true);
      return t('passwordReset.done');
    },
  });
  return (
    <div className="narrow">
      <PageHeading>{t('passwordReset.resetTitle')}</PageHeading>
      <StatusMessage message={form.status} />
      {done ? (
        <p>
          <Link to="/sign-in">{t('account.signIn')}</Link>
        </p>
      ) : (
        <form className="form" noValidate onSubmit={submit} aria-label={t('passwordReset.resetTitle')}>
          <ErrorSummary formId={formId} errors={form.errors} labels={labels} />
          <NewPasswordField {...form.fieldProps('password')} />
          <Button type="submit" busy={form.submitting}>
            {t('passwordReset.save')}
          </Button>
        </form>
      )}
    </div>
  );
}
