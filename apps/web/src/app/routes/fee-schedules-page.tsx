import '../../features/fee-admin/fee-admin-strings';
import type { SaveScheduleDto, ScheduleDto } from '@kokemus/api-client';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Dropdown,
  DropdownItem,
  Heading,
  InlineAlert,
  LoadingSpinner,
  Paragraph,
  RouterLink,
} from 'suomifi-ui-components';
import { useCreateSchedule } from '../../features/fee-admin/api/create-schedule';
import { feeScheduleQueryOptions, useFeeSchedule } from '../../features/fee-admin/api/get-schedule';
import { useIncomeTypes } from '../../features/fee-admin/api/list-income-types';
import { useProducts } from '../../features/fee-admin/api/list-products';
import { useFeeSchedules } from '../../features/fee-admin/api/list-schedules';
import { useTaskTypes } from '../../features/fee-admin/api/list-task-types';
import { useTrainingTiers } from '../../features/fee-admin/api/list-training-tiers';
import { useReplaceSchedule } from '../../features/fee-admin/api/replace-schedule';
import { useScheduleStale } from '../../features/fee-admin/api/schedule-changed';
import { IncomeTypes } from '../../features/fee-admin/components/income-types';
import { MileageRates } from '../../features/fee-admin/components/mileage-rates';
import { type Catalogues, ScheduleForm } from '../../features/fee-admin/components/schedule-form';
import { ScheduleList } from '../../features/fee-admin/components/schedule-list';
import { type RateRow, rateToRow } from '../../features/fee-admin/fee-admin.rules';
import { type ApiProblem, toApiProblem } from '../../shared/api/api-problem';
import { ifMatchHeader } from '../../shared/api/if-match';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const route = getRouteApi('/authenticated/fees/schedules');

/** The catalogues the rate table chooses from, or the first failure reading them. */
function useCatalogues(): { data?: Catalogues; error?: unknown } {
  const tiers = useTrainingTiers();
  const taskTypes = useTaskTypes();
  const products = useProducts();
  const incomeTypes = useIncomeTypes();
  const error = tiers.error ?? taskTypes.error ?? products.error ?? incomeTypes.error;
  if (error) return { error };
  if (!tiers.data || !taskTypes.data || !products.data || !incomeTypes.data) return {};
  return {
    data: {
      tiers: tiers.data,
      taskTypes: taskTypes.data,
      products: products.data,
      incomeTypes: incomeTypes.data,
    },
  };
}

/** Fee schedules (rates by tier × task), the kilometre rate by year and the income types. */
export function FeeSchedulesPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/fees/schedules' });
  const schedules = useFeeSchedules();
  const catalogues = useCatalogues();
  const [notice, setNotice] = useState<string | null>(null);

  const open = (schedule: 'new' | string | undefined) =>
    void navigate({ search: schedule ? { schedule } : {}, replace: false });

  return (
    <Page
      title={t('feeAdmin.schedules.title')}
      lead={<Paragraph mb="m">{t('feeAdmin.schedules.lead')}</Paragraph>}
    >
      <div role="status" className="notice">
        {notice ? <InlineAlert status="neutral">{notice}</InlineAlert> : null}
      </div>
      <section aria-labelledby="schedules-heading" className="panel">
        <Heading variant="h2" id="schedules-heading" mb="s">
          {t('feeAdmin.schedules.heading')}
        </Heading>
        {schedules.isPending ? <LoadingSpinner text={t('common.loading')} variant="small" /> : null}
        {schedules.isError ? <ProblemAlert problem={toApiProblem(schedules.error)} /> : null}
        {schedules.data && schedules.data.length === 0 ? (
          <Paragraph mb="s">{t('feeAdmin.schedules.none')}</Paragraph>
        ) : null}
        {schedules.data && schedules.data.length > 0 ? <ScheduleList schedules={schedules.data} /> : null}
        {search.schedule !== 'new' ? (
          <Paragraph mt="m">
            <RouterLink
              asComponent={Link}
              to="/fees/schedules"
              search={{ schedule: 'new' }}
              className="button-link"
              onClick={() => setNotice(null)}
            >
              {t('feeAdmin.schedules.add')}
            </RouterLink>
          </Paragraph>
        ) : null}
      </section>
      {search.schedule ? (
        catalogues.error ? (
          <ProblemAlert problem={toApiProblem(catalogues.error)} />
        ) : !catalogues.data ? (
          <LoadingSpinner text={t('common.loading')} variant="small" />
        ) : search.schedule === 'new' ? (
          <NewSchedule
            catalogues={catalogues.data}
            onCreated={(schedule) => {
              setNotice(t('feeAdmin.schedules.created', { name: schedule.name }));
              open(schedule.id);
            }}
            onCancel={() => open(undefined)}
          />
        ) : (
          <EditSchedule
            key={search.schedule}
            id={search.schedule}
            catalogues={catalogues.data}
            onSaved={(schedule) => setNotice(t('feeAdmin.schedules.saved', { name: schedule.name }))}
            onCancel={() => open(undefined)}
          />
        )
      ) : null}
      <MileageRates />
      <IncomeTypes />
    </Page>
  );
}

function useFocusOnMount() {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

function NewSchedule({
  catalogues,
  onCreated,
  onCancel,
}: {
  catalogues: Catalogues;
  onCreated: (schedule: ScheduleDto) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const schedules = useFeeSchedules();
  const create = useCreateSchedule();
  const heading = useFocusOnMount();
  const [copyFrom, setCopyFrom] = useState<string>('none');
  // The form starts again from the chosen schedule's rates (each choice gives it a new key).
  const [start, setStart] = useState<{ key: string; rates?: RateRow[] }>({ key: 'none' });
  const [copyProblem, setCopyProblem] = useState<ApiProblem | null>(null);

  const chooseCopy = async (id: string) => {
    setCopyFrom(id);
    setCopyProblem(null);
    if (id === 'none') return setStart({ key: 'none' });
    try {
      const source = await queryClient.fetchQuery(feeScheduleQueryOptions(id));
      setStart({ key: id, rates: source.rates.map((rate) => rateToRow(rate, i18n.language)) });
    } catch (error) {
      setCopyProblem(toApiProblem(error));
    }
  };

  return (
    <section aria-labelledby="schedule-new-heading" className="panel">
      <Heading variant="h2" id="schedule-new-heading" ref={heading} tabIndex={-1} mb="s">
        {t('feeAdmin.schedules.newHeading')}
      </Heading>
      {schedules.data && schedules.data.length > 0 ? (
        <div className="mb-m">
          <Dropdown
            id="schedule-copy-from"
            labelText={t('feeAdmin.schedules.copyFrom')}
            hintText={t('feeAdmin.schedules.copyFromHint')}
            value={copyFrom}
            onChange={(value) => void chooseCopy(value)}
          >
            <DropdownItem value="none">{t('feeAdmin.schedules.copyNone')}</DropdownItem>
            {schedules.data.map((s) => (
              <DropdownItem key={s.id} value={s.id}>
                {s.name}
              </DropdownItem>
            ))}
          </Dropdown>
          {copyProblem ? <ProblemAlert problem={copyProblem} /> : null}
        </div>
      ) : null}
      <ScheduleForm
        key={start.key}
        catalogues={catalogues}
        initialRates={start.rates}
        submitting={create.isPending}
        onSubmit={async (body: SaveScheduleDto) => onCreated(await create.mutateAsync({ body }))}
        onCancel={onCancel}
      />
    </section>
  );
}

function EditSchedule({
  id,
  catalogues,
  onSaved,
  onCancel,
}: {
  id: string;
  catalogues: Catalogues;
  onSaved: (schedule: ScheduleDto) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const schedule = useFeeSchedule(id);
  const replace = useReplaceSchedule();
  const reload = useScheduleStale();
  const heading = useFocusOnMount();
  // Someone else saved first (412): the form now shows their version, and this says so.
  const [stale, setStale] = useState<ApiProblem | null>(null);
  const staleRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (stale) staleRef.current?.focus();
  }, [stale]);

  return (
    <section aria-labelledby="schedule-edit-heading" className="panel">
      <Heading variant="h2" id="schedule-edit-heading" ref={heading} tabIndex={-1} mb="s">
        {schedule.data
          ? t('feeAdmin.schedules.editHeading', { name: schedule.data.name })
          : t('feeAdmin.schedules.editHeadingPlain')}
      </Heading>
      {schedule.isPending ? <LoadingSpinner text={t('common.loading')} variant="small" /> : null}
      {schedule.isError ? <ProblemAlert problem={toApiProblem(schedule.error)} /> : null}
      {stale ? <ProblemAlert problem={stale} ref={staleRef} className="mb-m" /> : null}
      {schedule.data ? (
        <>
          {schedule.data.inForce ? <Paragraph mb="s">{t('feeAdmin.schedules.inForceNote')}</Paragraph> : null}
          <ScheduleForm
            catalogues={catalogues}
            schedule={schedule.data}
            submitting={replace.isPending}
            onSubmit={async (body) => {
              setStale(null);
              const current = schedule.data;
              try {
                onSaved(
                  await replace.mutateAsync({
                    path: { id: current.id },
                    headers: ifMatchHeader(current.version),
                    body,
                  }),
                );
              } catch (error) {
                const problem = toApiProblem(error);
                if (problem.status !== 412) throw error;
                // Read the latest version first, so the form shows it when the explanation appears.
                await reload(current.id);
                setStale(problem);
              }
            }}
            onCancel={onCancel}
          />
        </>
      ) : null}
    </section>
  );
}
