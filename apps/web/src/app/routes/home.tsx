import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';
import { Spinner } from '../../components/ui/spinner';
import { useMe } from '../../features/auth/api/get-me';
import { MyRegions } from '../../features/regions/components/my-regions';

export function HomeRoute() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <PageHeading>{t('home.title')}</PageHeading>
      <p className="lead">{t('home.intro')}</p>
      {me.isPending && <Spinner label={t('common.loading')} />}
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
