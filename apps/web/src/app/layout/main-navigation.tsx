import type { MeDto } from '@kokemus/api-client';
import { Link, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { navigationFor } from '../navigation.rules';

function isCurrent(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

/** Only what the person's roles can use; a few short links that wrap on a phone. */
export function MainNavigation({ me }: { me: MeDto }) {
  const { t } = useTranslation();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const items = navigationFor(me.roles);
  // The most specific link is the current one (`/orders/inbox`, not also `/orders`).
  const currentTo = items
    .filter((item) => isCurrent(pathname, item.to))
    .reduce<string | null>((best, item) => (best && best.length >= item.to.length ? best : item.to), null);
  return (
    <nav aria-label={t('nav.label')} className="main-navigation">
      <ul>
        {items.map((item) => {
          const current = item.to === currentTo;
          return (
            <li key={item.to}>
              <Link
                to={item.to}
                aria-current={current ? 'page' : undefined}
                className={current ? 'current' : undefined}
              >
                {t(item.labelKey)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
