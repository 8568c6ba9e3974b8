import { changePasswordRequest } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Facts } from '../../../components/ui/facts';
import { PageHeading } from '../../../components/ui/page-heading';
import { Spinner } from '../../../components/ui/spinner';
import { TextField } from '../../../components/ui/text-field';
import { useMe } from '../../../features/auth/api/get-me';
import { useChangePassword } from '../../../features/auth/api/passwords';
import { NewPasswordField } from '../../../features/auth/components/new-password-field';
import { useForm } from '../../../lib/use-form';

const formId = 'change-password';

/** The signed-in person's account: who they are, and a new password. */
export function AccountRoute() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const change = useChangePassword();
  const form = useForm(formId, { currentPassword: '', newPassword: '' });
  const labels = { currentPassword: t('accountPage.currentPassword'), newPassword: t('invitation.newPassword') };
  const submit = form.onSubmit({
    schema: changePasswordRequest,
    toRequest: (values) => values,
    send: async (body) => {
      await change.mutateAsync(body);
      return t('accountPage.passwordChanged');
    },
  });
  if (!me) return <Spinner label={t('common.loading')} />;
  return (
    <div className="narrow">
      <PageHeading>{t('accountPage.title')}</PageHeading>
      <Facts
        facts={[
          { term: t('invitation.name'), value: me.name },
          { term: t('signIn.email'), value: me.email },
        ]}
      />
      <p>
        <Link to="/settings/notifications">{t('notificationSettings.title')}</Link>
      </p>
      <h2>{t('accountPage.changePassword')}</h2>
      <StatusMessage message={form.status} />
      <form className="form" noValidate onSubmit={submit} aria-label={t('accountPage.changePassword')}>
        <ErrorSummary formId={formId} errors={form.errors} labels={labels} />
        <TextField {...form.fieldProps('currentPassword')} type="password" label={labels.currentPassword} autoComplete="current-password" />
        <NewPasswordField {...form.fieldProps('newPassword')} hint={t('accountPage.newPasswordHint')} />
        <Button type="submit" busy={form.submitting}>
          {t('accountPage.savePassword')}
        </Button>
      </form>
    </div>
  );
}
