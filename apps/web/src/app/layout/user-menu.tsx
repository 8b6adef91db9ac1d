import type { MeDto } from '@kokemus/api-client';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ActionMenu, ActionMenuItem } from 'suomifi-ui-components';
import { useSignOut } from '../../features/auth/api/sign-out';

export function UserMenu({ me }: { me: MeDto }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  return (
    <ActionMenu
      id="user-menu"
      buttonText={me.displayName}
      buttonVariant="secondaryNoBorder"
      aria-label={t('shell.userMenu', { name: me.displayName })}
    >
      <ActionMenuItem onClick={() => void navigate({ to: '/account' })}>{t('nav.account')}</ActionMenuItem>
      <ActionMenuItem
        onClick={() =>
          // Not mutate()'s own callbacks: signing out unmounts this menu, and they would never run.
          void signOut
            .mutateAsync()
            .finally(() => navigate({ to: '/sign-in', search: { reason: 'signed-out' } }))
        }
      >
        {t('shell.signOut')}
      </ActionMenuItem>
    </ActionMenu>
  );
}
