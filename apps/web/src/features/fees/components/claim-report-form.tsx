import type { ClaimDto } from '@kokemus/api-client';
import { useEffect, useMemo, useRef, useState } from 'react';
import { type FieldErrors, type Path, type Resolver, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../../../shared/api/api-problem';
import { ifMatchHeader } from '../../../shared/api/if-match';
import { formatEuros } from '../../../shared/format/money';
import { message } from '../../../shared/i18n/message';
import { FormErrorSummary, type SummaryField } from '../../../shared/ui/form-error-summary';
import { FormTextInput } from '../../../shared/ui/form-text-input';
import { useFormFailure } from '../../../shared/ui/use-form-failure';
import { useReloadOnStale } from '../api/claim-changed';
import { useSubmitClaim } from '../api/submit-claim';
import { useUpdateClaim } from '../api/update-claim';
import { ceilingOf, formFieldOf, formOf, MAX_EXPENSES, readReport, type ReportForm } from '../fees.rules';

type Ceiling = { ceilingCents: number; monthAfterCents: number; overByCents: number };

/** Puts each problem of the report on its field, as react-hook-form keeps errors (arrays by index). */
const reportResolver: Resolver<ReportForm> = (values) => {
  const result = readReport(values);
  if ('report' in result) return { values, errors: {} };
  const errors: Record<string, unknown> = {};
  for (const problem of result.problems) {
    const parts = problem.field.split('.');
    let node = errors;
    parts.slice(0, -1).forEach((part, i) => {
      node[part] ??= /^\d+$/.test(parts[i + 1]) ? [] : {};
      node = node[part] as Record<string, unknown>;
    });
    node[parts.at(-1)!] ??= { type: 'validate', message: message(problem.key) };
  }
  return { values: {}, errors: errors as FieldErrors<ReportForm> };
};

const FIXED_FIELDS = ['workedHours', 'workedMinutes', 'prepHours', 'prepMinutes', 'kilometres', 'tickets'];
const API_FIELDS = [
  'report.workedMinutes',
  'report.preparationMinutes',
  'report.kilometres',
  'report.ticketsCents',
  ...Array.from({ length: MAX_EXPENSES }, (_, i) => [
    `report.expenses.${i}.description`,
    `report.expenses.${i}.amountCents`,
  ]).flat(),
];
const ALIASES = Object.fromEntries(API_FIELDS.map((f) => [f, formFieldOf(f)!])) as Record<
  string,
  Path<ReportForm>
>;

/**
 * The expert checks the hours, kilometres and costs the claim was prefilled with, and sends it: one tap
 * when nothing changed. When the month would go over their own earnings limit they choose what to do.
 */
/** Worked time and preparation, each as hours and minutes. */
const DURATIONS = [
  { key: 'worked', hours: 'workedHours', minutes: 'workedMinutes' },
  { key: 'prep', hours: 'prepHours', minutes: 'prepMinutes' },
] as const;

export function ClaimReportForm({
  claim,
  canSubmit,
  onDone,
}: {
  claim: ClaimDto;
  canSubmit: boolean;
  onDone: (notice: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const updateClaim = useUpdateClaim();
  const submitClaim = useSubmitClaim();
  const onStale = useReloadOnStale(claim.id);
  const form = useForm<ReportForm>({
    defaultValues: formOf(claim.report, lang),
    resolver: reportResolver,
  });
  const { control, handleSubmit, reset, setError, formState } = form;
  const expenses = useFieldArray({ control, name: 'expenses' });
  const fieldNames = useMemo(
    () =>
      [
        ...FIXED_FIELDS,
        ...expenses.fields.flatMap((_, i) => [`expenses.${i}.description`, `expenses.${i}.amount`]),
      ] as Array<Path<ReportForm>>,
    [expenses.fields],
  );
  const failure = useFormFailure(setError, fieldNames, ALIASES);
  const [ceiling, setCeiling] = useState<Ceiling | null>(null);
  const [busy, setBusy] = useState(false);
  const warningRef = useRef<HTMLHeadingElement>(null);
  const version = useRef(claim.version);
  version.current = Math.max(version.current, claim.version);

  const latest = useRef({ report: claim.report, lang });
  latest.current = { report: claim.report, lang };
  // A new version (saved here, or reloaded after someone else's change) is what the form shows from now on;
  // a mere refetch of the same version keeps what the person is typing.
  useEffect(() => {
    reset(formOf(latest.current.report, latest.current.lang));
  }, [claim.version, reset]);

  useEffect(() => {
    if (ceiling) warningRef.current?.focus();
  }, [ceiling]);

  const summaryFields: Array<SummaryField<ReportForm>> = [
    { name: 'workedHours', label: t('fees.form.workedHours'), inputId: 'claim-worked-hours' },
    { name: 'workedMinutes', label: t('fees.form.workedMinutes'), inputId: 'claim-worked-minutes' },
    { name: 'prepHours', label: t('fees.form.prepHours'), inputId: 'claim-prep-hours' },
    { name: 'prepMinutes', label: t('fees.form.prepMinutes'), inputId: 'claim-prep-minutes' },
    { name: 'kilometres', label: t('fees.form.kilometres'), inputId: 'claim-kilometres' },
    { name: 'tickets', label: t('fees.form.tickets'), inputId: 'claim-tickets' },
    ...expenses.fields.flatMap((field, i) => [
      {
        name: `expenses.${i}.description` as Path<ReportForm>,
        label: t('fees.form.expenseDescription', { n: i + 1 }),
        inputId: `claim-expense-${i}-description`,
      },
      {
        name: `expenses.${i}.amount` as Path<ReportForm>,
        label: t('fees.form.expenseAmount', { n: i + 1 }),
        inputId: `claim-expense-${i}-amount`,
      },
    ]),
  ];

  /** Saves the typed report when it differs from the claim's; answers the version to act on next. */
  const save = async (values: ReportForm): Promise<number> => {
    if (!formState.isDirty) return version.current;
    const read = readReport(values);
    if (!('report' in read)) return version.current;
    const saved = await updateClaim
      .mutateAsync({
        path: { id: claim.id },
        headers: ifMatchHeader(version.current),
        body: { report: read.report },
      })
      .catch(onStale);
    version.current = saved.version;
    return saved.version;
  };

  const submit = (at: number, acceptOverCeiling: boolean) =>
    submitClaim
      .mutateAsync({
        path: { id: claim.id },
        headers: ifMatchHeader(at),
        body: acceptOverCeiling ? { acceptOverCeiling: true } : {},
      })
      .catch(onStale);

  const run = async (task: () => Promise<void>) => {
    setBusy(true);
    try {
      await task();
    } catch (error) {
      const problem: ApiProblem = toApiProblem(error);
      if (problem.code === 'FEE_OVER_EARNINGS_CEILING') {
        setCeiling(ceilingOf(problem.extensions, claim));
      } else {
        failure.onProblem(problem);
      }
    } finally {
      setBusy(false);
    }
  };

  const onSend = (values: ReportForm) =>
    run(async () => {
      setCeiling(null);
      const at = await save(values);
      await submit(at, false);
      onDone(t('fees.form.sent'));
    });

  const onSave = (values: ReportForm) =>
    run(async () => {
      await save(values);
      onDone(t('fees.form.saved'));
    });

  const sendAnyway = () =>
    run(async () => {
      await submit(version.current, true);
      setCeiling(null);
      onDone(t('fees.form.sent'));
    });

  const asVolunteer = () =>
    run(async () => {
      const saved = await updateClaim
        .mutateAsync({
          path: { id: claim.id },
          headers: ifMatchHeader(version.current),
          body: { asVolunteer: true },
        })
        .catch(onStale);
      version.current = saved.version;
      await submit(saved.version, false);
      setCeiling(null);
      onDone(t('fees.overCeiling.sentVolunteer'));
    });

  const euros = (cents: number) => formatEuros(cents, lang);
  const oneTap = claim.unchanged && !formState.isDirty;

  return (
    <form
      noValidate
      onSubmit={(event) => void handleSubmit(onSend, failure.onInvalid)(event)}
      aria-labelledby="claim-form-heading"
    >
      <Heading variant="h2" id="claim-form-heading" mb="s">
        {t('fees.form.heading')}
      </Heading>
      <p>{t(oneTap ? 'fees.form.unchangedLead' : 'fees.form.lead')}</p>
      <FormErrorSummary
        errors={formState.errors}
        fields={summaryFields}
        failedSubmits={failure.failedSubmits}
        problem={failure.problem}
      />
      {ceiling ? (
        <div className="ceiling-warning">
          <Heading variant="h3" id="ceiling-warning-heading" ref={warningRef} tabIndex={-1} mb="xs">
            {t('fees.overCeiling.heading')}
          </Heading>
          <p>
            {t('fees.overCeiling.text', {
              after: euros(ceiling.monthAfterCents),
              ceiling: euros(ceiling.ceilingCents),
              over: euros(ceiling.overByCents),
            })}
          </p>
          <p>{t('fees.overCeiling.choose')}</p>
          <div className="choice">
            <Button type="button" fullWidth disabled={busy} onClick={() => void sendAnyway()}>
              {t('fees.overCeiling.anyway')}
            </Button>
          </div>
          <div className="choice">
            <Button
              type="button"
              variant="secondary"
              fullWidth
              disabled={busy}
              onClick={() => void asVolunteer()}
            >
              {t('fees.overCeiling.volunteer')}
            </Button>
            <p className="hint">{t('fees.overCeiling.volunteerHint')}</p>
          </div>
          <div className="choice">
            <Button
              type="button"
              variant="secondary"
              fullWidth
              disabled={busy}
              onClick={() => {
                setCeiling(null);
                onDone(t('fees.overCeiling.talkDone'));
              }}
            >
              {t('fees.overCeiling.talk')}
            </Button>
            <p className="hint">{t('fees.overCeiling.talkHint')}</p>
          </div>
        </div>
      ) : null}
      {oneTap && canSubmit ? (
        <div className="button-row mb-m">
          <Button type="submit" disabled={busy}>
            {t('fees.form.send')}
          </Button>
        </div>
      ) : null}
      <div className="form-stack">
        {DURATIONS.map(({ key, hours, minutes }) => (
          <fieldset key={key} className="plain-fieldset">
            <legend>{t(`fees.form.${key}`)}</legend>
            <div className="duration-pair">
              <FormTextInput
                control={control}
                name={hours}
                id={`claim-${key}-hours`}
                label={t(`fees.form.${key}Hours`)}
                inputMode="numeric"
              />
              <FormTextInput
                control={control}
                name={minutes}
                id={`claim-${key}-minutes`}
                label={t(`fees.form.${key}Minutes`)}
                inputMode="numeric"
              />
            </div>
          </fieldset>
        ))}
        <FormTextInput
          control={control}
          name="kilometres"
          id="claim-kilometres"
          label={t('fees.form.kilometres')}
          hint={t('fees.form.kilometresHint')}
          inputMode="numeric"
        />
        <FormTextInput
          control={control}
          name="tickets"
          id="claim-tickets"
          label={t('fees.form.tickets')}
          hint={t('fees.form.ticketsHint')}
          inputMode="decimal"
        />
        <fieldset className="plain-fieldset">
          <legend>{t('fees.form.expensesHeading')}</legend>
          <p className="hint">{t('fees.form.expensesHint')}</p>
          {expenses.fields.length === 0 ? <p>{t('fees.form.noExpenses')}</p> : null}
          <ul className="expense-list">
            {expenses.fields.map((field, i) => (
              <li key={field.id} className="form-stack">
                <FormTextInput
                  control={control}
                  name={`expenses.${i}.description`}
                  id={`claim-expense-${i}-description`}
                  label={t('fees.form.expenseDescription', { n: i + 1 })}
                />
                <FormTextInput
                  control={control}
                  name={`expenses.${i}.amount`}
                  id={`claim-expense-${i}-amount`}
                  label={t('fees.form.expenseAmount', { n: i + 1 })}
                  inputMode="decimal"
                />
                <div>
                  <Button type="button" variant="secondary" onClick={() => expenses.remove(i)}>
                    {t('fees.form.removeExpense', { n: i + 1 })}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
          {expenses.fields.length < MAX_EXPENSES ? (
            <Button
              type="button"
              variant="secondary"
              onClick={() => expenses.append({ description: '', amount: '' })}
            >
              {t('fees.form.addExpense')}
            </Button>
          ) : (
            <p className="hint">{t('fees.form.maxExpenses')}</p>
          )}
        </fieldset>
        <div className="button-row">
          {canSubmit && !oneTap ? (
            <Button type="submit" disabled={busy}>
              {t('fees.form.send')}
            </Button>
          ) : null}
          {formState.isDirty ? (
            <Button
              type="button"
              variant="secondary"
              disabled={busy}
              onClick={() => void handleSubmit(onSave, failure.onInvalid)()}
            >
              {t('fees.form.save')}
            </Button>
          ) : null}
        </div>
      </div>
    </form>
  );
}
