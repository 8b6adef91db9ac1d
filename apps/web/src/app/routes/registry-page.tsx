import '../../features/registry/registry-strings';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, LoadingSpinner, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useExportExperts } from '../../features/registry/api/export-experts';
import { useExperts } from '../../features/registry/api/list-experts';
import { ExpertFilters } from '../../features/registry/components/expert-filters';
import { ExpertList } from '../../features/registry/components/expert-list';
import { hasFilters, type RegistrySearch, toExpertQuery } from '../../features/registry/registry.rules';
import { toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const route = getRouteApi('/authenticated/registry');

export function RegistryPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/registry' });
  const query = useMemo(() => toExpertQuery(search), [search]);
  const experts = useExperts(query);
  const exporter = useExportExperts();
  const items = experts.data?.pages.flatMap((page) => page.items) ?? [];

  const onFilterChange = (patch: Partial<RegistrySearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  return (
    <Page title={t('registry.title')} lead={<Paragraph mb="m">{t('registry.lead')}</Paragraph>}>
      <div className="button-row mb-m">
        <RouterLink asComponent={Link} to="/registry/new" className="button-link">
          {t('registry.new.link')}
        </RouterLink>
        <RouterLink asComponent={Link} to="/registry/import" search={{}}>
          {t('registry.import.link')}
        </RouterLink>
      </div>
      <ExpertFilters filters={search} onChange={onFilterChange} />
      <div className="list-toolbar">
        <p role="status" className="result-count">
          {experts.data
            ? experts.hasNextPage
              ? t('registry.countMore', { count: items.length })
              : hasFilters(search)
                ? t('registry.countFiltered', { count: items.length })
                : t('registry.count', { count: items.length })
            : ''}
        </p>
        <div className="button-row">
          <Button
            variant="secondary"
            disabled={exporter.isPending}
            onClick={() => exporter.mutate({ query, format: 'xlsx' })}
          >
            {t('registry.exportXlsx')}
          </Button>
          <Button
            variant="secondary"
            disabled={exporter.isPending}
            onClick={() => exporter.mutate({ query, format: 'csv' })}
          >
            {t('registry.exportCsv')}
          </Button>
        </div>
      </div>
      {exporter.isError ? <ProblemAlert problem={toApiProblem(exporter.error)} /> : null}
      <h2 id="expert-list-heading" className="visually-hidden">
        {t('registry.listHeading')}
      </h2>
      {experts.isPending ? <LoadingSpinner text={t('common.loading')} variant="small" /> : null}
      {experts.isError ? <ProblemAlert problem={toApiProblem(experts.error)} /> : null}
      {experts.data && items.length === 0 ? <Paragraph>{t('registry.none')}</Paragraph> : null}
      {items.length > 0 ? <ExpertList experts={items} labelledBy="expert-list-heading" /> : null}
      {experts.hasNextPage ? (
        <div className="load-more">
          <Button
            variant="secondary"
            disabled={experts.isFetchingNextPage}
            onClick={() => void experts.fetchNextPage()}
          >
            {t('registry.loadMore')}
          </Button>
        </div>
      ) : null}
    </Page>
  );
}
