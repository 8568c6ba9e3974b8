import { acceptInvitationRequest, locale, password, type InvitationPreview } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Facts } from '../../../components/ui/facts';
import { PageHeading } from '../../../components/ui/page-heading';
import { Spinner } from '../../../components/ui/spinner';
import { TextField } from '../../../components/ui/text-field';
import { NewPasswordField } from '../../../features/auth/components/new-password-field';
import { useAcceptInvitation, useInvitation } from '../../../features/invitations/api/accept-invitation';
import { errorMessage } from '../../../lib/error-message';
import { useForm } from '../../../lib/use-form';

const formId = 'accept-invitation';
/** A new account needs its name and a password of the account rule; an existing one, its password. */
const newAccount = z.strictObject({ name: z.string().trim().min(1).max(120), password, locale });

/** Where an emailed invitation link leads: what the invitation is, then a name and password, or a sign-in. */
export function InvitationRoute() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const invitation = useInvitation(token);

  if (invitation.isPending) return <Spinner label={t('common.loading')} />;
  if (invitation.isError)
    return (
      <div className="narrow">
        <PageHeading>{t('invitation.title')}</PageHeading>
        <Alert tone="error">{errorMessage(t, invitation.error)}</Alert>
        <p>
          <Link to="/">{t('nav.home')}</Link>
        </p>
      </div>
    );
  return <Invitation token={token} invitation={invitation.data} />;
}

function Invitation({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const accept = useAcceptInvitation(token);
  const form = useForm(formId, { name: '', password: '' });
  const labels = {
    name: t('invitation.name'),
    password: invitation.hasAccount ? t('signIn.password') : t('invitation.newPassword'),
  };
  const until = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(invitation.expiresAt));

  const submit = form.onSubmit({
    schema: invitation.hasAccount ? acceptInvitationRequest : newAccount,
    // A new account keeps the language the person read the invitation in.
    toRequest: (values) => (invitation.hasAccount ? { password: values.password } : { ...values, locale: i18n.language }),
    send: async (request) => {
      await accept.mutateAsync(request);
      void navigate(`/regions/${invitation.regionId}`, { replace: true });
      return null;
    },
  });

  return (
    <div className="narrow">
      <PageHeading>{t('invitation.heading', { region: invitation.regionName })}</PageHeading>
      <p>
        {invitation.invitedBy
          ? t('invitation.invitedBy', { inviter: invitation.invitedBy, region: invitation.regionName })
          : t('invitation.invited', { region: invitation.regionName })}
      </p>
      <Facts
        facts={[
          { term: t('invitation.email'), value: invitation.email },
          { term: t('members.role'), value: t(`roles.${invitation.role}`) },
          ...(invitation.organisationName ? [{ term: t('members.organisation'), value: invitation.organisationName }] : []),
          ...(invitation.signatory ? [{ term: t('members.signatoryLabel'), value: t('common.yes') }] : []),
          ...(invitation.department ? [{ term: t('members.department'), value: invitation.department }] : []),
          { term: t('invitation.validUntil'), value: until },
        ]}
      />
      <form className="form" noValidate onSubmit={submit} aria-label={t('invitation.accept')}>
        <p className="form__intro">{invitation.hasAccount ? t('invitation.signInToAccept') : t('invitation.chooseToAccept')}</p>
        <ErrorSummary formId={formId} errors={form.errors} labels={labels} />
        {!invitation.hasAccount && <TextField {...form.fieldProps('name')} label={labels.name} autoComplete="name" />}
        {invitation.hasAccount ? (
          <TextField {...form.fieldProps('password')} type="password" label={labels.password} autoComplete="current-password" />
        ) : (
          <NewPasswordField {...form.fieldProps('password')} />
        )}
        <Button type="submit" busy={form.submitting}>
          {t('invitation.accept')}
        </Button>
      </form>
    </div>
  );
}
