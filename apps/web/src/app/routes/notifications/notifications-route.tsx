import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeading } from '../../../components/ui/page-heading';
import { Spinner } from '../../../components/ui/spinner';
import { useMarkRead, useNotifications } from '../../../features/notifications/api/get-notifications';
import { NotificationList } from '../../../features/notifications/components/notification-list';
import { UnavailablePage } from '../unavailable-page';

export function NotificationsRoute() {
  const { t } = useTranslation();
  const notifications = useNotifications();
  const markRead = useMarkRead();
  if (notifications.isError)
    return <UnavailablePage title={t('notifications.title')} notFound={t('notifications.title')} error={notifications.error} />;
  if (!notifications.data) return <Spinner label={t('common.loading')} />;
  const { items, unreadCount } = notifications.data;
  return (
    <>
      <PageHeading>{t('notifications.title')}</PageHeading>
      <p>
        {t('notifications.unreadCount', { count: unreadCount })} <Link to="/settings/notifications">{t('notifications.settingsLink')}</Link>
      </p>
      <StatusMessage message={markRead.isSuccess ? t('notifications.allRead') : null} />
      {unreadCount > 0 && (
        <Button
          variant="secondary"
          busy={markRead.isPending}
          onClick={() => {
            markRead.mutate({ all: true });
          }}
        >
          {t('notifications.markAllRead')}
        </Button>
      )}
      <NotificationList items={items} empty={t('notifications.empty')} />
    </>
  );
}
