import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useNotifications } from '../api/get-notifications';

/** The header's way to the notifications, saying how many are unread. */
export function NotificationsBell() {
  const { t } = useTranslation();
  const notifications = useNotifications({ unread: true });
  const unread = notifications.data?.unreadCount ?? 0;
  return (
    <NavLink to="/notifications" className="bell" aria-label={t('notifications.bellLabel', { count: unread })}>
      <span aria-hidden="true">{t('notifications.bell')}</span>
      {unread > 0 && (
        <span className="bell__count" aria-hidden="true">
          {t('notifications.count', { count: unread })}
        </span>
      )}
    </NavLink>
  );
}
