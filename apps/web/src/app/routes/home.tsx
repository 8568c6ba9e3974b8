import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';
import { Spinner } from '../../components/ui/spinner';
import { useMe } from '../../features/auth/api/get-me';
import { useNotifications } from '../../features/notifications/api/get-notifications';
import { useTasks } from '../../features/notifications/api/get-tasks';
import { NotificationList } from '../../features/notifications/components/notification-list';
import { TaskList } from '../../features/notifications/components/task-list';
import { MyRegions } from '../../features/regions/components/my-regions';

export function HomeRoute() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <PageHeading>{t('home.title')}</PageHeading>
      <p className="lead">{t('home.intro')}</p>
      {me.isPending && <Spinner label={t('common.loading')} />}
      {me.data && <WaitingForYou />}
      {me.data && (
        <section aria-labelledby="my-regions">
          <h2 id="my-regions">{t('home.myRegions')}</h2>
          {me.data.isAdmin && <p>{t('home.administrator')}</p>}
          <MyRegions memberships={me.data.memberships} />
        </section>
      )}
      {me.data === null && (
        <p>
          <Link to="/sign-in">{t('home.signInPrompt')}</Link>
        </p>
      )}
      <p>
        <Link to="/regions">{t('home.allRegions')}</Link>
      </p>
    </>
  );
}

/** What the signed-in person should do next, and what they have not read yet. */
function WaitingForYou() {
  const { t } = useTranslation();
  const tasks = useTasks();
  const unread = useNotifications({ unread: true });
  return (
    <>
      <section aria-labelledby="tasks-title">
        <h2 id="tasks-title">{t('tasks.title')}</h2>
        {tasks.data ? <TaskList items={tasks.data.items} /> : <Spinner label={t('common.loading')} />}
      </section>
      <section aria-labelledby="news-title">
        <h2 id="news-title">{t('notifications.newTitle')}</h2>
        {unread.data ? (
          <NotificationList items={unread.data.items.slice(0, 5)} empty={t('notifications.noneUnread')} />
        ) : (
          <Spinner label={t('common.loading')} />
        )}
        <p>
          <Link to="/notifications">{t('notifications.seeAll')}</Link>
        </p>
      </section>
    </>
  );
}
