import { type ErrorComponentProps, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import { toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { NoAccessError } from '../navigation.rules';

function BackHome() {
  const { t } = useTranslation();
  return (
    <Paragraph>
      <RouterLink asComponent={Link} to="/">
        {t('status.backHome')}
      </RouterLink>
    </Paragraph>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('status.notFoundTitle')}>
      <Paragraph mb="m">{t('status.notFoundText')}</Paragraph>
      <BackHome />
    </Page>
  );
}

export function NoAccessPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('status.noAccessTitle')}>
      <Paragraph mb="m">{t('status.noAccessText')}</Paragraph>
      <BackHome />
    </Page>
  );
}

/** A route that failed to load: no access, or a request that failed (shown through the one error helper). */
export function RouteErrorPage({ error }: ErrorComponentProps) {
  const { t } = useTranslation();
  if (error instanceof NoAccessError) return <NoAccessPage />;
  const problem = toApiProblem(error);
  if (problem.status === 403) return <NoAccessPage />;
  if (problem.status === 404) return <NotFoundPage />;
  return (
    <Page title={t('status.errorTitle')}>
      <ProblemAlert problem={problem} />
      <BackHome />
    </Page>
  );
}
