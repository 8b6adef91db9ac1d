// The orders' strings first: the matching pages reuse parts of them.
import '../../features/orders/orders-strings';
import '../../features/matching/matching-strings';
import type { GroupGiniDto, MatchingSettingsDto, MatchingWeightsDto } from '@kokemus/api-client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, LoadingSpinner, TextInput } from 'suomifi-ui-components';
import { useFairness } from '../../features/matching/api/get-fairness';
import { useMatchingSettings } from '../../features/matching/api/get-matching-settings';
import { useUpdateMatchingSettings } from '../../features/matching/api/update-matching-settings';
import { PeriodForm } from '../../features/matching/components/period-form';
import { points } from '../../features/matching/matching.rules';
import { useOrderAreas } from '../../features/orders/api/list-experience-areas';
import { useOrderMunicipalities } from '../../features/orders/api/list-municipalities';
import { type ApiProblem, toApiProblem } from '../../shared/api/api-problem';
import { ifMatchHeader } from '../../shared/api/if-match';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { labelFor, municipalityName } from '../../shared/format/catalog-label';

const gini = (value: number) => value.toFixed(2);

/** Fairness figures for a period: Gini coefficients overall, by municipality and area, and per person. */
export function FairnessPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [period, setPeriod] = useState<{ from: string; to: string } | null>(null);
  const fairness = useFairness(period);
  const municipalities = useOrderMunicipalities();
  const areas = useOrderAreas();
  const first = fairness.data?.pages[0];
  const municipalityOf = (code: string | null) => {
    const m = municipalities.data?.find((x) => x.code === code);
    return m ? municipalityName(m, lang) : (code ?? '–');
  };

  const groupTable = (id: string, caption: string, rows: GroupGiniDto[], name: (code: string) => string) => (
    <div className="table-scroll mt-m" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="plain-table">
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('matching.fairness.group')}</th>
            <th scope="col">{t('matching.fairness.experts')}</th>
            <th scope="col">{t('matching.fairness.hours')}</th>
            <th scope="col">{t('matching.fairness.gini')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code}>
              <th scope="row">{name(r.code)}</th>
              <td>{r.experts}</td>
              <td>{points(r.hours)}</td>
              <td>{gini(r.gini)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  return (
    <Page title={t('matching.fairness.title')} lead={<p>{t('matching.fairness.lead')}</p>}>
      <section aria-label={t('matching.fairness.title')} className="panel">
        <PeriodForm
          id="fairness-period"
          days={-90}
          submitLabel={t('matching.fairness.show')}
          onPeriod={setPeriod}
        />
      </section>
      {period && fairness.isPending ? <LoadingSpinner text={t('common.loading')} variant="small" /> : null}
      {fairness.isError ? <ProblemAlert problem={toApiProblem(fairness.error)} /> : null}
      {first ? (
        <>
          <section aria-labelledby="fairness-overall-heading" className="panel">
            <Heading variant="h2" id="fairness-overall-heading" mb="s">
              {t('matching.fairness.overall')}
            </Heading>
            <dl className="details">
              <dt>{t('matching.fairness.activeExperts')}</dt>
              <dd>{first.activeExperts}</dd>
              <dt>{t('matching.fairness.giniHours')}</dt>
              <dd>{gini(first.giniHours)}</dd>
              <dt>{t('matching.fairness.giniTasks')}</dt>
              <dd>{gini(first.giniTasks)}</dd>
            </dl>
            {groupTable(
              'fairness-municipality',
              t('matching.fairness.byMunicipality'),
              first.byMunicipality,
              municipalityOf,
            )}
            {groupTable('fairness-area', t('matching.fairness.byArea'), first.byArea, (code) =>
              labelFor(areas.data, code, lang),
            )}
          </section>
          <section aria-labelledby="fairness-experts" className="panel">
            {first.experts.length === 0 ? (
              <p id="fairness-experts">{t('matching.fairness.empty')}</p>
            ) : (
              <div className="table-scroll" role="region" aria-labelledby="fairness-experts" tabIndex={0}>
                <table className="plain-table">
                  <caption id="fairness-experts">{t('matching.fairness.perExpert')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('matching.fairness.name')}</th>
                      <th scope="col">{t('matching.fairness.municipality')}</th>
                      <th scope="col">{t('matching.fairness.hours')}</th>
                      <th scope="col">{t('matching.fairness.tasks')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {(fairness.data?.pages ?? [])
                      .flatMap((page) => page.experts)
                      .map((e) => (
                        <tr key={e.expertId}>
                          <th scope="row">{e.name}</th>
                          <td>{municipalityOf(e.municipalityCode)}</td>
                          <td>{points(e.hours)}</td>
                          <td>{e.tasks}</td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </div>
            )}
            {fairness.hasNextPage ? (
              <Button
                type="button"
                variant="secondary"
                className="mt-m"
                disabled={fairness.isFetchingNextPage}
                onClick={() => void fairness.fetchNextPage()}
              >
                {t('matching.fairness.more')}
              </Button>
            ) : null}
          </section>
        </>
      ) : null}
      <WeightsForm />
    </Page>
  );
}

const WEIGHTS = [
  'area_fit',
  'task_type',
  'distance',
  'fairness',
  'continuity',
  'wished',
  'mentor_pair',
] as const satisfies readonly (keyof MatchingWeightsDto)[];

function WeightsForm() {
  const { t } = useTranslation();
  const settings = useMatchingSettings();
  // Held here, not in the fields: a save bumps the version, which remounts the fields with the new values.
  const update = useUpdateMatchingSettings();
  if (settings.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  if (settings.isError) return <ProblemAlert problem={toApiProblem(settings.error)} />;
  return <WeightsFields key={settings.data.version} settings={settings.data} update={update} />;
}

function WeightsFields({
  settings,
  update,
}: {
  settings: MatchingSettingsDto;
  update: ReturnType<typeof useUpdateMatchingSettings>;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string>>(() => ({
    ...Object.fromEntries(WEIGHTS.map((w) => [w, String(settings.weights[w])])),
    days: String(settings.offerAnswerBusinessDays),
  }));
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const number = (key: string, min: number, max: number, whole: boolean) => {
    const n = Number(values[key].replace(',', '.'));
    return values[key].trim() !== '' &&
      Number.isFinite(n) &&
      n >= min &&
      n <= max &&
      (!whole || Number.isInteger(n))
      ? n
      : null;
  };
  return (
    <section aria-labelledby="weights-heading" className="panel">
      <Heading variant="h2" id="weights-heading" mb="s">
        {t('matching.settings.heading')}
      </Heading>
      <p>{t('matching.settings.lead')}</p>
      <form
        className="form-stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          update.reset();
          setProblem(null);
          const bad = new Set<string>();
          const weights = Object.fromEntries(
            WEIGHTS.map((w) => {
              const n = number(w, 0, 100, false);
              if (n === null) bad.add(w);
              return [w, n ?? 0];
            }),
          ) as MatchingWeightsDto;
          const days = number('days', 1, 10, true);
          if (days === null) bad.add('days');
          setInvalid(bad);
          if (bad.size) {
            document.getElementById(`weight-${[...bad][0]}`)?.focus();
            return;
          }
          update.mutate(
            {
              headers: ifMatchHeader(settings.version),
              body: { weights, offerAnswerBusinessDays: days! },
            },
            { onError: (e) => setProblem(toApiProblem(e)) },
          );
        }}
      >
        {[...WEIGHTS, 'days' as const].map((key) => (
          <TextInput
            key={key}
            id={`weight-${key}`}
            inputMode="decimal"
            labelText={key === 'days' ? t('matching.settings.answerDays') : t(`matching.term.${key}`)}
            value={values[key]}
            onChange={(v) => setValues((current) => ({ ...current, [key]: String(v ?? '') }))}
            status={invalid.has(key) ? 'error' : 'default'}
            statusText={
              invalid.has(key)
                ? t('matching.settings.invalid', key === 'days' ? { min: 1, max: 10 } : { min: 0, max: 100 })
                : undefined
            }
          />
        ))}
        <div role="status" className="notice">
          {update.isSuccess ? (
            <InlineAlert status="neutral">{t('matching.settings.saved')}</InlineAlert>
          ) : null}
        </div>
        {problem ? <ProblemAlert problem={problem} /> : null}
        <div>
          <Button type="submit" disabled={update.isPending}>
            {t('matching.settings.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
