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
  return (
    <nav aria-label={t('nav.label')} className="main-navigation">
      <ul>
        {navigationFor(me.roles).map((item) => {
          const current = isCurrent(pathname, item.to);
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
