import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoadingSpinner, Paragraph } from 'suomifi-ui-components';
import { useCreateUnit } from '../../features/units/api/create-unit';
import { useAllUnits } from '../../features/units/api/list-units';
import { toCreateUnitBody, UnitForm } from '../../features/units/components/unit-form';
import { defaultChildKind } from '../../features/units/units.rules';
import { toApiProblem } from '../../shared/api/api-problem';
import { setFlash } from '../../shared/ui/flash';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const route = getRouteApi('/authenticated/units/new');

export function UnitNewPage() {
  const { t } = useTranslation();
  const { parentId } = route.useSearch();
  const navigate = useNavigate();
  const units = useAllUnits();
  const create = useCreateUnit();
  const parent = units.data?.find((u) => u.id === parentId);

  return (
    <Page title={t('units.newTitle')} lead={<Paragraph mb="m">{t('units.newLead')}</Paragraph>}>
      {units.isPending ? <LoadingSpinner text={t('common.loading')} variant="small" /> : null}
      {units.isError ? <ProblemAlert problem={toApiProblem(units.error)} /> : null}
      {units.data ? (
        <UnitForm
          units={units.data}
          initialParentId={parent?.id}
          initialKind={defaultChildKind(parent)}
          submitting={create.isPending}
          onSubmit={async (values) => {
            const unit = await create.mutateAsync({ body: toCreateUnitBody(values) });
            setFlash('unit-created');
            await navigate({ to: '/units/$unitId', params: { unitId: unit.id } });
          }}
          onCancel={() => void navigate({ to: '/units' })}
        />
      ) : null}
    </Page>
  );
}
