import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { SkipLink } from '../../components/ui/skip-link';
import { Spinner } from '../../components/ui/spinner';
import { useMe } from '../../features/auth/api/get-me';
import { useLiveUpdates } from '../../features/live/use-live-updates';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { useAccountLanguage } from './use-account-language';
import { useFocusOnNavigate } from './use-focus-on-navigate';
import { useSignInWhenNeeded } from './use-sign-in-when-needed';

export function AppLayout() {
  const { t } = useTranslation();
  useAccountLanguage();
  useFocusOnNavigate();
  useSignInWhenNeeded();
  useLiveUpdates(Boolean(useMe().data));
  return (
    <div className="page">
      <SkipLink target="main">{t('layout.skipToContent')}</SkipLink>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="main container">
        {/* While the page's code loads (it is fetched when the page is first shown): see router.tsx. */}
        <Suspense fallback={<Spinner label={t('common.loading')} />}>
          <Outlet />
        </Suspense>
      </main>
      <SiteFooter />
    </div>
  );
}
