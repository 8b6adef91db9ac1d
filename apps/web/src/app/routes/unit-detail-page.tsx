import type { UnitDto } from '@kokemus/api-client';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, InlineAlert, LoadingSpinner, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useUnit } from '../../features/units/api/get-unit';
import { useAllUnits } from '../../features/units/api/list-units';
import { useUnitStale, useUpdateUnit } from '../../features/units/api/update-unit';
import { toUpdateUnitBody, UnitForm } from '../../features/units/components/unit-form';
import { UnitStatusSection } from '../../features/units/components/unit-status-section';
import { ancestorPath, unitName } from '../../features/units/units.rules';
import { toApiProblem } from '../../shared/api/api-problem';
import { ifMatchHeader } from '../../shared/api/if-match';
import { clearFlash, peekFlash } from '../../shared/ui/flash';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { canUse } from '../navigation.rules';
import { NotFoundPage } from './status-pages';

const route = getRouteApi('/authenticated/units/$unitId');

export function UnitDetailPage() {
  const { t } = useTranslation();
  const { unitId } = route.useParams();
  const unit = useUnit(unitId);

  if (unit.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  if (unit.isError) {
    const problem = toApiProblem(unit.error);
    return problem.status === 404 ? <NotFoundPage /> : <ProblemAlert problem={problem} />;
  }
  return <UnitDetail unit={unit.data} />;
}

function UnitDetail({ unit }: { unit: UnitDto }) {
  const { t, i18n } = useTranslation();
  const { user } = route.useRouteContext();
  const units = useAllUnits();
  const update = useUpdateUnit();
  const stale = useUnitStale();
  const [notice, setNotice] = useState<string | null>(() =>
    peekFlash() === 'unit-created' ? t('units.created') : null,
  );
  useEffect(() => clearFlash(), []);
  const canManage = canUse(user.roles, 'unitAdmin');
  const name = unitName(unit, i18n.language);
  const path = units.data ? ancestorPath(units.data, unit, i18n.language) : [];

  return (
    <Page title={name}>
      <Paragraph mb="m">
        <RouterLink asComponent={Link} to="/units">
          {t('units.backToList')}
        </RouterLink>
      </Paragraph>
      <div role="status" className="notice">
        {notice ? <InlineAlert status="neutral">{notice}</InlineAlert> : null}
      </div>
      <section aria-labelledby="unit-details-heading" className="panel">
        <Heading variant="h2" id="unit-details-heading" mb="s">
          {t('units.details')}
        </Heading>
        <dl className="details">
          <dt>{t('units.form.kind')}</dt>
          <dd>{t(`units.kind.${unit.kind}`)}</dd>
          <dt>{t('units.form.parent')}</dt>
          <dd>{path.length ? path.join(' › ') : t('units.topLevel')}</dd>
          <dt>{t('units.form.costCentre')}</dt>
          <dd>{unit.costCentre}</dd>
          <dt>{t('units.form.name')}</dt>
          <dd lang="fi">{unit.name}</dd>
          <dt>{t('units.form.nameSv')}</dt>
          <dd lang={unit.nameSv ? 'sv' : undefined}>{unit.nameSv ?? t('units.noSwedishName')}</dd>
          <dt>{t('units.statusLabel')}</dt>
          <dd>{unit.active ? t('units.active') : t('units.inactive')}</dd>
        </dl>
        {canManage && unit.active ? (
          <Paragraph mt="s">
            <RouterLink asComponent={Link} to="/units/new" search={{ parentId: unit.id }}>
              {t('units.addChild')}
            </RouterLink>
          </Paragraph>
        ) : null}
      </section>
      {canManage ? (
        <>
          <section aria-labelledby="unit-edit-heading" className="panel">
            <Heading variant="h2" id="unit-edit-heading" mb="s">
              {t('units.editHeading')}
            </Heading>
            {units.data ? (
              <UnitForm
                key={unit.id}
                units={units.data}
                unit={unit}
                submitting={update.isPending}
                onSubmit={async (values) => {
                  setNotice(null);
                  try {
                    await update.mutateAsync({
                      path: { id: unit.id },
                      headers: ifMatchHeader(unit),
                      body: toUpdateUnitBody(values),
                    });
                    setNotice(t('units.saved'));
                  } catch (error) {
                    if (toApiProblem(error).status === 412) void stale(unit.id);
                    throw error;
                  }
                }}
              />
            ) : units.isError ? (
              <ProblemAlert problem={toApiProblem(units.error)} />
            ) : (
              <LoadingSpinner text={t('common.loading')} variant="small" />
            )}
          </section>
          <UnitStatusSection unit={unit} onChanged={setNotice} />
        </>
      ) : null}
    </Page>
  );
}
