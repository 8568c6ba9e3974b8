import type { Notification } from '@belong/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { useMarkRead } from '../api/get-notifications';

/** Notifications, newest first; opening one marks it read. */
export function NotificationList({ items, empty }: { items: Notification[]; empty: string }) {
  const { t, i18n } = useTranslation();
  const markRead = useMarkRead();
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ul className="notifications">
      {items.map((n) => (
        <li key={n.id} className={n.readAt ? 'notifications__item' : 'notifications__item notifications__item--unread'}>
          <Link
            to={n.link}
            onClick={() => {
              if (!n.readAt) markRead.mutate({ ids: [n.id] });
            }}
          >
            {n.title}
          </Link>
          <span className="notifications__meta">
            {!n.readAt && <Badge tone="info">{t('notifications.unread')}</Badge>}
            {n.needsAction && <Badge tone="warning">{t('notifications.needsAction')}</Badge>}
            <span className="muted">{when.format(new Date(n.createdAt))}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
