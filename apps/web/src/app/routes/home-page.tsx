import type { Role } from '@kokemus/api-client';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Heading, LinkList, LinkListItem, Paragraph, RouterLink } from 'suomifi-ui-components';
import { DueAgreementsNotice } from '../../features/agreements/components/due-agreements-notice';
import { Page } from '../../shared/ui/page';
import { canUse, navigationFor } from '../navigation.rules';

const route = getRouteApi('/authenticated/');
const ROLE_ORDER: readonly Role[] = ['coordinator', 'orderer', 'approver', 'expert', 'admin', 'reporter'];

export function HomePage() {
  const { t } = useTranslation();
  const { user } = route.useRouteContext();
  const shortcuts = navigationFor(user.roles).filter((item) => item.area !== 'home');
  const roles = ROLE_ORDER.filter((role) => user.roles.includes(role));
  return (
    <Page title={t('home.title', { name: user.displayName })}>
      {canUse(user.roles, 'myAgreements') ? <DueAgreementsNotice /> : null}
      {roles.map((role) => (
        <Paragraph key={role} mb="m">
          {t(`home.role.${role}`)}
        </Paragraph>
      ))}
      <Heading variant="h2" id="home-shortcuts" mb="s">
        {t('home.shortcuts')}
      </Heading>
      <LinkList ariaLabelledBy="home-shortcuts">
        {shortcuts.map((item) => (
          <LinkListItem key={item.to}>
            <RouterLink asComponent={Link} to={item.to}>
              {t(item.labelKey)}
            </RouterLink>
          </LinkListItem>
        ))}
      </LinkList>
    </Page>
  );
}
