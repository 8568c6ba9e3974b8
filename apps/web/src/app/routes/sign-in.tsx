import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { StatusMessage } from '../../components/ui/alert';
import { PageHeading } from '../../components/ui/page-heading';
import { useMe } from '../../features/auth/api/get-me';
import { SignInForm } from '../../features/auth/components/sign-in-form';

/** Only a path of this app: `?next=//elsewhere.example` must not send anyone off-site. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const signedOut = (useLocation().state as { signedOut?: boolean } | null)?.signedOut === true;
  const next = safeNext(params.get('next'));

  if (me.data) return <Navigate to={next} replace />;
  return (
    <div className="narrow">
      <PageHeading>{t('signIn.title')}</PageHeading>
      <StatusMessage message={signedOut ? t('signIn.signedOut') : null} />
      <SignInForm onSignedIn={() => void navigate(next, { replace: true })} />
    </div>
  );
}
