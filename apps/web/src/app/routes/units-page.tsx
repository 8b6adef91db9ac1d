import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingSpinner, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useAllUnits } from '../../features/units/api/list-units';
import { type UnitFilterValues, UnitFilters } from '../../features/units/components/unit-filters';
import { UnitTree } from '../../features/units/components/unit-tree';
import { buildUnitTree, countNodes, unitMatcher } from '../../features/units/units.rules';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { toApiProblem } from '../../shared/api/api-problem';
import { canUse } from '../navigation.rules';

const route = getRouteApi('/authenticated/units');

export function UnitsPage() {
  const { t, i18n } = useTranslation();
  const search = route.useSearch();
  const { user } = route.useRouteContext();
  const navigate = useNavigate({ from: '/units' });
  const units = useAllUnits();
  const canManage = canUse(user.roles, 'unitAdmin');

  const tree = useMemo(
    () => (units.data ? buildUnitTree(units.data, i18n.language, unitMatcher(search)) : []),
    [units.data, i18n.language, search],
  );
  const shown = countNodes(tree);
  const filtered = Boolean(search.q || search.kind || search.status !== 'all');

  const onFilterChange = (patch: Partial<UnitFilterValues>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  return (
    <Page
      title={t('units.title')}
      lead={<Paragraph mb="m">{canManage ? t('units.leadAdmin') : t('units.leadReader')}</Paragraph>}
    >
      {canManage ? (
        <Paragraph mb="m">
          <RouterLink asComponent={Link} to="/units/new" className="button-link">
            {t('units.add')}
          </RouterLink>
        </Paragraph>
      ) : null}
      <UnitFilters filters={search} onChange={onFilterChange} />
      <h2 id="unit-tree-heading" className="visually-hidden">
        {t('units.treeHeading')}
      </h2>
      <p role="status" className="result-count">
        {units.data
          ? filtered
            ? t('units.countFiltered', { count: shown })
            : t('units.count', { count: shown })
          : ''}
      </p>
      {units.isPending ? <LoadingSpinner text={t('common.loading')} variant="small" /> : null}
      {units.isError ? <ProblemAlert problem={toApiProblem(units.error)} /> : null}
      {units.data && shown === 0 ? <Paragraph>{t('units.none')}</Paragraph> : null}
      {tree.length > 0 ? <UnitTree nodes={tree} labelledBy="unit-tree-heading" /> : null}
    </Page>
  );
}
