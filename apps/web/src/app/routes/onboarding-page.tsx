import '../../features/onboarding/onboarding-strings';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, LoadingSpinner, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useApplicationBoard } from '../../features/onboarding/api/get-application-board';
import { useApplications } from '../../features/onboarding/api/list-applications';
import {
  ApplicationFilters,
  type ApplicationSearch,
} from '../../features/onboarding/components/application-filters';
import { ApplicationList } from '../../features/onboarding/components/application-list';
import { BoardColumns } from '../../features/onboarding/components/board-columns';
import { toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const route = getRouteApi('/authenticated/onboarding');

/** The coordinators' pipeline: how many wait at each step (the stalled said first), then the applications. */
export function OnboardingPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/onboarding' });
  const board = useApplicationBoard();
  const query = useMemo(
    () => ({
      ...(search.step ? { step: search.step } : {}),
      ...(search.stalled ? { stalled: true } : {}),
    }),
    [search.step, search.stalled],
  );
  const applications = useApplications(query);
  const items = applications.data?.pages.flatMap((page) => page.items) ?? [];

  const onFilterChange = (patch: Partial<ApplicationSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  return (
    <Page title={t('onboarding.title')} lead={<Paragraph mb="m">{t('onboarding.lead')}</Paragraph>}>
      <Paragraph mb="m">
        <RouterLink asComponent={Link} to="/onboarding/rounds">
          {t('onboarding.rounds.link')}
        </RouterLink>
      </Paragraph>
      <section aria-labelledby="onboarding-board-heading" className="mb-m">
        <Heading variant="h2" id="onboarding-board-heading" mb="s">
          {t('onboarding.board.heading')}
        </Heading>
        {board.isPending ? <LoadingSpinner text={t('common.loading')} variant="small" /> : null}
        {board.isError ? <ProblemAlert problem={toApiProblem(board.error)} /> : null}
        {board.data ? <BoardColumns columns={board.data.columns} current={search.step} /> : null}
      </section>
      <section aria-labelledby="onboarding-list-heading">
        <Heading variant="h2" id="onboarding-list-heading" mb="s">
          {search.step
            ? t('onboarding.list.headingStep', { step: t(`onboarding.step.${search.step}`) })
            : t('onboarding.list.heading')}
        </Heading>
        <ApplicationFilters search={search} onChange={onFilterChange} />
        <p role="status" className="result-count">
          {applications.data
            ? applications.hasNextPage
              ? t('onboarding.list.countMore', { count: items.length })
              : t('onboarding.list.count', { count: items.length })
            : ''}
        </p>
        {applications.isPending ? <LoadingSpinner text={t('common.loading')} variant="small" /> : null}
        {applications.isError ? <ProblemAlert problem={toApiProblem(applications.error)} /> : null}
        {applications.data && items.length === 0 ? <Paragraph>{t('onboarding.list.none')}</Paragraph> : null}
        {items.length > 0 ? (
          <ApplicationList applications={items} labelledBy="onboarding-list-heading" />
        ) : null}
        {applications.hasNextPage ? (
          <div className="load-more">
            <Button
              variant="secondary"
              disabled={applications.isFetchingNextPage}
              onClick={() => void applications.fetchNextPage()}
            >
              {t('onboarding.list.loadMore')}
            </Button>
          </div>
        ) : null}
      </section>
    </Page>
  );
}
