import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { Alert, StatusMessage } from '../../components/ui/alert';
import { PageHeading } from '../../components/ui/page-heading';
import { useMe } from '../../features/auth/api/get-me';
import { SignInForm } from '../../features/auth/components/sign-in-form';
import { safeReturnTo, type SignInNeededState } from '../../features/auth/sign-in-address';

interface SignInState extends Partial<SignInNeededState> {
  signedOut?: boolean;
}

export function SignInRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const state = useLocation().state as SignInState | null;
  const next = safeReturnTo(params.get('next'));

  if (me.data) return <Navigate to={next} replace />;
  return (
    <div className="narrow">
      <PageHeading>{t('signIn.title')}</PageHeading>
      {state?.signInNeeded && <Alert tone="info">{t('signIn.needed')}</Alert>}
      <StatusMessage message={state?.signedOut ? t('signIn.signedOut') : null} />
      <SignInForm onSignedIn={() => void navigate(next, { replace: true })} />
    </div>
  );
}
