import { Link, Outlet } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { SkipLink } from 'suomifi-ui-components';
import { useMe } from '../../features/auth/api/get-me';
import { AppLanguageMenu } from './language-menu';

// Only signed-in people get these, so the sign-in page does not load them.
const UserMenu = lazy(() => import('./user-menu').then((m) => ({ default: m.UserMenu })));
const MainNavigation = lazy(() => import('./main-navigation').then((m) => ({ default: m.MainNavigation })));
const NotificationBell = lazy(() =>
  import('../../features/notifications/components/notification-bell').then((m) => ({
    default: m.NotificationBell,
  })),
);

/** Skip link, banner (service name, language, user), navigation, main content and footer landmarks. */
export function AppShell() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <div className="app">
      <SkipLink href="#main">{t('shell.skipToContent')}</SkipLink>
      <header className="app-header">
        <div className="container app-header-inner">
          <Link to="/" className="service-name">
            <span className="service-name-title">{t('app.name')}</span>
            <span className="service-name-subtitle">{t('app.tagline')}</span>
          </Link>
          <div className="app-header-tools">
            <AppLanguageMenu />
            {me ? (
              <Suspense fallback={null}>
                <NotificationBell />
                <UserMenu me={me} />
              </Suspense>
            ) : null}
          </div>
        </div>
        {me ? (
          <div className="container">
            <Suspense fallback={null}>
              <MainNavigation me={me} />
            </Suspense>
          </div>
        ) : null}
      </header>
      <main id="main" tabIndex={-1} className="container app-main">
        <Outlet />
      </main>
      <footer className="app-footer">
        <div className="container">
          <p>{t('app.footer')}</p>
        </div>
      </footer>
    </div>
  );
}
