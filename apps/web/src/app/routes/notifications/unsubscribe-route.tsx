import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Alert, StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeading } from '../../../components/ui/page-heading';
import { useUnsubscribe } from '../../../features/notifications/api/notification-settings';
import { errorMessage } from '../../../lib/error-message';

/**
 * Where an email's "stop these emails" link leads. A button, not the visit itself: mail scanners open links,
 * and must not unsubscribe anyone.
 */
export function UnsubscribeRoute() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const unsubscribe = useUnsubscribe(token);
  return (
    <div className="narrow">
      <PageHeading>{t('unsubscribe.title')}</PageHeading>
      <StatusMessage message={unsubscribe.isSuccess ? t('unsubscribe.done') : null} />
      {unsubscribe.isError && <Alert tone="error">{errorMessage(t, unsubscribe.error)}</Alert>}
      {!unsubscribe.isSuccess && (
        <>
          <p>{t('unsubscribe.intro')}</p>
          <Button
            busy={unsubscribe.isPending}
            onClick={() => {
              unsubscribe.mutate();
            }}
          >
            {t('unsubscribe.confirm')}
          </Button>
        </>
      )}
    </div>
  );
}
