import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { Button } from '../../components/ui/button';
import { useMe } from '../../features/auth/api/get-me';
import { useSignOut } from '../../features/auth/api/sign-out';
import { signInAddress } from '../../features/auth/sign-in-address';
import { NotificationsBell } from '../../features/notifications/components/notifications-bell';
import { LanguageMenu } from './language-menu';

export function SiteHeader() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  // The sign-in page then says that the person signed out.
  const afterSignOut = () => void navigate('/sign-in', { state: { signedOut: true } });
  const { pathname, search, hash } = useLocation();

  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to="/" className="brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.label')} className="site-nav">
          <ul>
            <li>
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/regions">{t('nav.regions')}</NavLink>
            </li>
            {me?.can.includes('readOutbox') && (
              <li>
                <NavLink to="/admin/outbox">{t('nav.outbox')}</NavLink>
              </li>
            )}
          </ul>
        </nav>
        <div className="site-header__tools">
          <LanguageMenu />
          {me && (
            <div className="account">
              <NotificationsBell />
              <Link to="/account" className="account__name">
                {t('account.signedInAs', { name: me.name })}
              </Link>
              <Button
                variant="secondary"
                busy={signOut.isPending}
                onClick={() => {
                  signOut.mutate(undefined, { onSettled: afterSignOut });
                }}
              >
                {t('account.signOut')}
              </Button>
            </div>
          )}
          {me === null && pathname !== '/sign-in' && (
            <Link to={signInAddress(`${pathname}${search}${hash}`)} className="button button--secondary">
              {t('account.signIn')}
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
