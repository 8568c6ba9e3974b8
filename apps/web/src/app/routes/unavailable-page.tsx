import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../components/ui/alert';
import { PageHeading } from '../../components/ui/page-heading';
import { Spinner } from '../../components/ui/spinner';
import { isApiError } from '../../lib/api-error';
import { errorMessage } from '../../lib/error-message';

interface UnavailablePageProps {
  title: string;
  /** Said when there is nothing at the address (or nothing the person may see). */
  notFound: string;
  error: unknown;
}

/** A page whose subject could not be loaded: missing (or hidden), or another failure in words by its code. */
export function UnavailablePage({ title, notFound, error }: UnavailablePageProps) {
  const { t } = useTranslation();
  // Not an error to show: the layout is taking the person to the sign-in page (useSignInWhenNeeded).
  if (isApiError(error, 'UNAUTHENTICATED')) return <Spinner label={t('signIn.opening')} />;
  // A malformed id in the address is as missing as an unknown one.
  const missing = isApiError(error, 'NOT_FOUND') || isApiError(error, 'VALIDATION_FAILED');
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <Alert tone="error">{missing ? notFound : errorMessage(t, error)}</Alert>
      <p>
        <Link to="/regions">{t('region.backToRegions')}</Link>
      </p>
    </>
  );
}
