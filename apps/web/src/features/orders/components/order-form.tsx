import type { ProductDto, UnitDto } from '@kokemus/api-client';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Controller, type FieldErrors, type Path, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Heading, TextInput } from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../../../shared/api/api-problem';
import { fieldProblemMessage } from '../../../shared/api/problem-text';
import { message, translateMessage } from '../../../shared/i18n/message';
import { FormCheckbox } from '../../../shared/ui/form-checkbox';
import { FormDropdown } from '../../../shared/ui/form-dropdown';
import { FormErrorSummary, type SummaryField } from '../../../shared/ui/form-error-summary';
import { FormRadioGroup } from '../../../shared/ui/form-radio-group';
import { FormTextInput } from '../../../shared/ui/form-text-input';
import { FormTextarea } from '../../../shared/ui/form-textarea';
import { useOrderAreas, useOrderLanguages, useOrderMunicipalities, useOrderTiers } from '../api/catalogs';
import {
  type AreaWish,
  catalogLabel,
  checkOrder,
  emptyTime,
  formFieldOf,
  NO_CHOICE,
  ORDER_MODES,
  type OrderFormValues,
  stepOfField,
  WEEKDAYS,
} from '../orders.rules';
import { OrderReview } from './order-review';

type Step = 'details' | 'schedule' | 'review';
const STEPS: Step[] = ['details', 'schedule', 'review'];
type Intent = 'draft' | 'send';

/** The field a summary link and the focus go to, by the form's field name. */
function inputIdOf(field: string): string {
  const times = /^times\.(\d+)\.(\w+)$/.exec(field);
  if (times) return `order-time-${times[1]}-${times[2]}`;
  const ids: Record<string, string> = {
    unitId: 'order-unit_button',
    municipalityCode: 'order-municipality_button',
    languageCode: 'order-language_button',
    wishedTierCode: 'order-tier_button',
    seriesWeekdays: 'order-series-weekday-1',
    seriesIntervalWeeks: 'order-series-interval',
    seriesPlaces: 'order-series-add-place',
    scheduleKind: 'order-schedule-kind',
    schedule: 'order-schedule-kind',
    mode: 'order-mode',
    areas: 'order-areas-first',
  };
  return ids[field] ?? `order-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/**
 * The order form (tilauslomake) as a guided form in three steps after the product: what and for whom,
 * when and where, and a review. A draft can be saved at any step; sending checks what the coordinators need.
 */
export function OrderForm({
  product,
  units,
  initialValues,
  submitting,
  onSaveDraft,
  onSend,
  onChangeProduct,
}: {
  product: ProductDto;
  /** The units the person can order for (a choice only when there are several). */
  units: readonly UnitDto[];
  initialValues: OrderFormValues;
  submitting: boolean;
  onSaveDraft: (values: OrderFormValues) => Promise<unknown>;
  onSend: (values: OrderFormValues) => Promise<unknown>;
  onChangeProduct?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const areas = useOrderAreas();
  const languages = useOrderLanguages();
  const municipalities = useOrderMunicipalities();
  const tiers = useOrderTiers();
  const form = useForm<OrderFormValues>({ defaultValues: initialValues, shouldFocusError: false });
  const { control } = form;
  const [step, setStep] = useState<Step>('details');
  const [failedSubmits, setFailedSubmits] = useState(0);
  /** A new error summary for every step the person moves to (its focus bookkeeping starts over). */
  const [round, setRound] = useState(0);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  /** Set when the person moves between steps; a jump to errors leaves the focus to the error summary. */
  const focusStep = useRef(false);
  const mode = useWatch({ control, name: 'mode' });
  const scheduleKind = useWatch({ control, name: 'scheduleKind' });
  const places = useFieldArray({ control, name: 'seriesPlaces' });
  const times = useFieldArray({ control, name: 'times' });

  // A field the person changes loses its error at once; the summary keeps what is still to fix.
  useEffect(() => {
    const subscription = form.watch((_, { name }) => {
      if (!name) return;
      const field = name.startsWith('seriesPlaces')
        ? 'seriesPlaces'
        : name.startsWith('areas')
          ? 'areas'
          : name;
      form.clearErrors(field as Path<OrderFormValues>);
    });
    return () => subscription.unsubscribe();
  }, [form]);

  useEffect(() => {
    if (focusStep.current) stepHeading.current?.focus();
    focusStep.current = false;
  }, [step]);

  const goTo = (next: Step) => {
    focusStep.current = true;
    setRound((n) => n + 1);
    setFailedSubmits(0);
    setProblem(null);
    setStep(next);
  };

  /** Puts the issues on their fields; returns the first step that has one. */
  const showIssues = (issues: { field: string; message: string }[]): Step | null => {
    form.clearErrors();
    for (const issue of issues) {
      form.setError(issue.field as Path<OrderFormValues>, { type: 'manual', message: issue.message });
    }
    if (issues.length === 0) return null;
    return issues.some((i) => stepOfField(i.field) === 'details') ? 'details' : 'schedule';
  };

  const clientCheck = (intent: Intent, only?: Step): boolean => {
    const issues = checkOrder(form.getValues(), intent, product.pairRequired)
      .filter((issue) => !only || stepOfField(issue.field) === only)
      .map((issue) => ({ field: issue.field, message: message(issue.key, issue.values) }));
    const first = showIssues(issues);
    if (!first) return true;
    setProblem(null);
    if (first !== step) setStep(first);
    setFailedSubmits((n) => n + 1);
    return false;
  };

  const serverProblem = (error: unknown) => {
    const p = toApiProblem(error);
    const values = form.getValues();
    const issues = Object.keys(p.fieldErrors).flatMap((apiField) => {
      let field = formFieldOf(apiField);
      if (!field) return [];
      if (field === 'schedule') field = values.scheduleKind === 'series' ? 'seriesFirstDate' : 'times.0.date';
      if (field === 'areas') field = 'title';
      const text = p.code === 'ORDER_INCOMPLETE' ? message('orders.form.missing') : fieldProblemMessage(p);
      return [{ field, message: text }];
    });
    const first = showIssues(issues);
    setProblem(p);
    if (first && first !== step) setStep(first);
    setFailedSubmits((n) => n + 1);
  };

  const run = async (intent: Intent) => {
    if (!clientCheck(intent)) return;
    const values = form.getValues();
    await (intent === 'send' ? onSend(values) : onSaveDraft(values)).catch(serverProblem);
  };

  const next = () => {
    if (step === 'details' && clientCheck('draft', 'details')) goTo('schedule');
    else if (step === 'schedule' && clientCheck('send', 'schedule')) goTo('review');
  };

  const stepIndex = STEPS.indexOf(step);
  const municipalityChoices = [
    { value: NO_CHOICE, label: t('orders.form.noMunicipality') },
    ...(municipalities.data ?? [])
      .map((m) => ({ value: m.code, label: lang === 'sv' ? m.nameSv || m.nameFi : m.nameFi }))
      .sort((a, b) => a.label.localeCompare(b.label, lang)),
  ];
  const languageChoices = [
    { value: NO_CHOICE, label: t('orders.form.chooseLanguage') },
    ...(languages.data ?? []).map((l) => ({ value: l.code, label: catalogLabel(l, lang) })),
  ];
  const tierChoices = [
    { value: NO_CHOICE, label: t('orders.form.noTierWish') },
    ...(tiers.data ?? []).map((tier) => ({ value: tier.code, label: catalogLabel(tier, lang) })),
  ];

  const labels: Record<string, string> = {
    unitId: t('orders.field.unit'),
    title: t('orders.field.title'),
    description: t('orders.field.description'),
    purpose: t('orders.field.purpose'),
    audience: t('orders.field.audience'),
    audienceSize: t('orders.field.audienceSize'),
    mode: t('orders.field.mode'),
    place: t('orders.field.place'),
    remoteLink: t('orders.field.remoteLink'),
    municipalityCode: t('orders.field.municipality'),
    languageCode: t('orders.field.language'),
    expertCount: t('orders.field.expertCount'),
    wishedTierCode: t('orders.field.tier'),
    preparationNeeds: t('orders.field.preparation'),
    accessibilityNeeds: t('orders.field.accessibility'),
    resultsReturn: t('orders.field.resultsReturn'),
    contactName: t('orders.field.contactName'),
    contactPhone: t('orders.field.contactPhone'),
    contactEmail: t('orders.field.contactEmail'),
    seriesFirstDate: t('orders.series.firstDate'),
    seriesWeekdays: t('orders.series.weekdays'),
    seriesStartTime: t('orders.series.startTime'),
    seriesEndTime: t('orders.series.endTime'),
    seriesWeeks: t('orders.series.weeks'),
    seriesIntervalWeeks: t('orders.series.interval'),
    seriesPlaces: t('orders.series.places'),
  };
  const timeLabels: Record<string, string> = {
    date: t('orders.times.date'),
    startTime: t('orders.times.startTime'),
    endTime: t('orders.times.endTime'),
    place: t('orders.times.place'),
  };
  const summaryFields: SummaryField<OrderFormValues>[] = [
    ...Object.entries(labels).map(([name, label]) => ({
      name: name as Path<OrderFormValues>,
      label,
      inputId: inputIdOf(name),
    })),
    ...times.fields.flatMap((_, i) =>
      Object.entries(timeLabels).map(([part, label]) => ({
        name: `times.${i}.${part}` as Path<OrderFormValues>,
        label: `${t('orders.times.legend', { n: i + 1 })}: ${label}`,
        inputId: inputIdOf(`times.${i}.${part}`),
      })),
    ),
  ].filter((field) => step === 'review' || stepOfField(field.name) === step);

  const errorText = (errors: FieldErrors<OrderFormValues>, name: keyof OrderFormValues) =>
    translateMessage(t, errors[name]?.message as string | undefined);

  const stepTitle = t(`orders.step.${step}`);
  const buttons = (extra: ReactNode) => (
    <div className="button-row mt-m">
      {extra}
      <Button type="button" variant="secondary" disabled={submitting} onClick={() => void run('draft')}>
        {t('orders.form.saveDraft')}
      </Button>
    </div>
  );

  return (
    <form noValidate onSubmit={(event) => event.preventDefault()}>
      <ol className="order-steps" aria-label={t('orders.step.label')}>
        <li>{t('orders.step.numbered', { n: 1, title: t('orders.step.product') })}</li>
        {STEPS.map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined}>
            {t('orders.step.numbered', { n: i + 2, title: t(`orders.step.${s}`) })}
          </li>
        ))}
      </ol>
      <Heading variant="h2" ref={stepHeading} tabIndex={-1} mb="s" className="page-heading">
        {t('orders.step.heading', { n: stepIndex + 2, total: STEPS.length + 1, title: stepTitle })}
      </Heading>
      <p className="hint">
        {t('orders.form.productChosen', { product: catalogLabel(product, lang) })}{' '}
        {onChangeProduct ? (
          <Button type="button" variant="secondaryNoBorder" onClick={onChangeProduct}>
            {t('orders.form.changeProduct')}
          </Button>
        ) : null}
      </p>
      <FormErrorSummary
        key={round}
        errors={form.formState.errors}
        fields={summaryFields}
        failedSubmits={failedSubmits}
        problem={problem}
      />

      {step === 'details' ? (
        <div className="form-stack">
          {units.length > 1 ? (
            <FormDropdown
              control={control}
              name="unitId"
              id="order-unit"
              label={labels.unitId}
              placeholder={t('orders.form.chooseUnit')}
              choices={units.map((u) => ({ value: u.id, label: u.name }))}
            />
          ) : null}
          <FormTextInput
            control={control}
            name="title"
            id="order-title"
            label={labels.title}
            hint={t('orders.hint.title')}
          />
          <FormTextarea
            control={control}
            name="description"
            id="order-description"
            label={labels.description}
            hint={t('orders.hint.description')}
            maxLength={4000}
          />
          <FormTextarea
            control={control}
            name="purpose"
            id="order-purpose"
            label={labels.purpose}
            hint={t('orders.hint.purpose')}
            maxLength={2000}
            optional
          />
          <FormTextInput
            control={control}
            name="audience"
            id="order-audience"
            label={labels.audience}
            hint={t('orders.hint.audience')}
            optional
          />
          <FormTextInput
            control={control}
            name="audienceSize"
            id="order-audience-size"
            label={labels.audienceSize}
            inputMode="numeric"
            optional
          />
          <FormRadioGroup
            control={control}
            name="mode"
            id="order-mode"
            label={labels.mode}
            choices={ORDER_MODES.map((m) => ({ value: m, label: t(`orders.mode.${m}`) }))}
          />
          {mode !== 'remote' ? (
            <FormTextInput
              control={control}
              name="place"
              id="order-place"
              label={labels.place}
              hint={t('orders.hint.place')}
            />
          ) : null}
          {mode !== 'in_person' ? (
            <FormTextInput
              control={control}
              name="remoteLink"
              id="order-remote-link"
              label={labels.remoteLink}
              hint={t('orders.hint.remoteLink')}
              optional={mode === 'hybrid'}
            />
          ) : null}
          <FormDropdown
            control={control}
            name="municipalityCode"
            id="order-municipality"
            label={labels.municipalityCode}
            placeholder={t('orders.form.noMunicipality')}
            choices={municipalityChoices}
          />
          <FormDropdown
            control={control}
            name="languageCode"
            id="order-language"
            label={labels.languageCode}
            placeholder={t('orders.form.chooseLanguage')}
            choices={languageChoices}
          />
          <Controller
            control={control}
            name="areas"
            render={({ field }) => {
              const wishes = field.value;
              const set = (code: string, wish: AreaWish) => field.onChange({ ...wishes, [code]: wish });
              return (
                <fieldset className="field-set">
                  <legend>{t('orders.field.areas')}</legend>
                  <p className="hint">{t('orders.hint.areas')}</p>
                  <ul className="choice-list">
                    {(areas.data ?? []).map((area, i) => {
                      const wish = wishes[area.code] ?? 'no';
                      const label = catalogLabel(area, lang);
                      return (
                        <li key={area.code}>
                          <Checkbox
                            id={i === 0 ? 'order-areas-first' : `order-area-${area.code}`}
                            checked={wish !== 'no'}
                            onClick={({ checkboxState }) =>
                              set(area.code, checkboxState ? 'preferred' : 'no')
                            }
                          >
                            {label}
                          </Checkbox>
                          {wish !== 'no' ? (
                            <div className="nested-choice">
                              <Checkbox
                                id={`order-area-${area.code}-required`}
                                checked={wish === 'required'}
                                onClick={({ checkboxState }) =>
                                  set(area.code, checkboxState ? 'required' : 'preferred')
                                }
                              >
                                {t('orders.form.areaRequired', { area: label })}
                              </Checkbox>
                            </div>
                          ) : null}
                        </li>
                      );
                    })}
                  </ul>
                </fieldset>
              );
            }}
          />
          <FormTextInput
            control={control}
            name="expertCount"
            id="order-expert-count"
            label={labels.expertCount}
            hint={product.pairRequired ? t('orders.hint.pairRequired') : undefined}
            inputMode="numeric"
          />
          <FormDropdown
            control={control}
            name="wishedTierCode"
            id="order-tier"
            label={labels.wishedTierCode}
            placeholder={t('orders.form.noTierWish')}
            choices={tierChoices}
          />
          <FormTextarea
            control={control}
            name="preparationNeeds"
            id="order-preparation-needs"
            label={labels.preparationNeeds}
            hint={t('orders.hint.preparation')}
            maxLength={2000}
            optional
          />
          <FormTextarea
            control={control}
            name="accessibilityNeeds"
            id="order-accessibility-needs"
            label={labels.accessibilityNeeds}
            hint={t('orders.hint.accessibility')}
            maxLength={2000}
            optional
          />
          <FormCheckbox
            control={control}
            name="suitableForMinors"
            id="order-suitable-for-minors"
            label={t('orders.field.suitableForMinors')}
            hint={t('orders.hint.suitableForMinors')}
          />
          <FormTextarea
            control={control}
            name="resultsReturn"
            id="order-results-return"
            label={labels.resultsReturn}
            hint={t('orders.hint.resultsReturn')}
            maxLength={2000}
            optional
          />
          <FormTextInput
            control={control}
            name="contactName"
            id="order-contact-name"
            label={labels.contactName}
          />
          <FormTextInput
            control={control}
            name="contactPhone"
            id="order-contact-phone"
            type="tel"
            label={labels.contactPhone}
            optional
          />
          <FormTextInput
            control={control}
            name="contactEmail"
            id="order-contact-email"
            type="email"
            label={labels.contactEmail}
          />
          {buttons(
            <Button type="button" onClick={next}>
              {t('orders.form.next')}
            </Button>,
          )}
        </div>
      ) : null}

      {step === 'schedule' ? (
        <div className="form-stack">
          <FormRadioGroup
            control={control}
            name="scheduleKind"
            id="order-schedule-kind"
            label={t('orders.series.kind')}
            choices={[
              {
                value: 'series',
                label: t('orders.series.kindSeries'),
                hint: t('orders.series.kindSeriesHint'),
              },
              { value: 'single', label: t('orders.series.kindSingle') },
            ]}
          />
          {scheduleKind === 'series' ? (
            <>
              <FormTextInput
                control={control}
                name="seriesFirstDate"
                id="order-series-first-date"
                label={labels.seriesFirstDate}
                hint={t('orders.hint.date')}
              />
              <Controller
                control={control}
                name="seriesWeekdays"
                render={({ field, fieldState }) => (
                  <fieldset
                    className="field-set"
                    aria-describedby={fieldState.error ? 'order-series-weekdays-error' : undefined}
                  >
                    <legend>{labels.seriesWeekdays}</legend>
                    <ul className="weekday-list">
                      {WEEKDAYS.map((day) => (
                        <li key={day}>
                          <Checkbox
                            id={`order-series-weekday-${day}`}
                            checked={field.value.includes(day)}
                            onClick={({ checkboxState }) =>
                              field.onChange(
                                checkboxState
                                  ? [...field.value.filter((d) => d !== day), day].sort((a, b) => a - b)
                                  : field.value.filter((d) => d !== day),
                              )
                            }
                          >
                            {t(`orders.weekday.${day}`)}
                          </Checkbox>
                        </li>
                      ))}
                    </ul>
                    {fieldState.error ? (
                      <p className="field-error" id="order-series-weekdays-error">
                        {errorText(form.formState.errors, 'seriesWeekdays')}
                      </p>
                    ) : null}
                  </fieldset>
                )}
              />
              <FormTextInput
                control={control}
                name="seriesStartTime"
                id="order-series-start-time"
                label={labels.seriesStartTime}
                hint={t('orders.hint.time')}
              />
              <FormTextInput
                control={control}
                name="seriesEndTime"
                id="order-series-end-time"
                label={labels.seriesEndTime}
                hint={t('orders.hint.time')}
              />
              <FormTextInput
                control={control}
                name="seriesWeeks"
                id="order-series-weeks"
                label={labels.seriesWeeks}
                hint={t('orders.hint.weeks')}
                inputMode="numeric"
              />
              <FormRadioGroup
                control={control}
                name="seriesIntervalWeeks"
                id="order-series-interval"
                label={labels.seriesIntervalWeeks}
                choices={['1', '2', '3', '4'].map((n) => ({
                  value: n,
                  label: t('orders.series.everyNWeeks', { count: Number(n) }),
                }))}
              />
              <fieldset className="field-set">
                <legend>{labels.seriesPlaces}</legend>
                <p className="hint">{t('orders.hint.places')}</p>
                <ul className="choice-list">
                  {places.fields.map((row, i) => (
                    <li key={row.id} className="time-row">
                      <Controller
                        control={control}
                        name={`seriesPlaces.${i}.value`}
                        render={({ field }) => (
                          <TextInput
                            id={`order-series-place-${i}`}
                            ref={field.ref}
                            labelText={t('orders.series.placeN', { n: i + 1 })}
                            value={field.value}
                            onChange={(value) => field.onChange(String(value ?? ''))}
                            onBlur={field.onBlur}
                            fullWidth
                          />
                        )}
                      />
                      <div>
                        <Button type="button" variant="secondaryNoBorder" onClick={() => places.remove(i)}>
                          {t('orders.series.removePlace', { n: i + 1 })}
                        </Button>
                      </div>
                    </li>
                  ))}
                </ul>
                <div className="mt-m">
                  <Button
                    type="button"
                    variant="secondary"
                    id="order-series-add-place"
                    onClick={() =>
                      places.append(
                        { value: '' },
                        { focusName: `seriesPlaces.${places.fields.length}.value` },
                      )
                    }
                  >
                    {t('orders.series.addPlace')}
                  </Button>
                </div>
              </fieldset>
              <FormCheckbox
                control={control}
                name="seriesSkipHolidays"
                id="order-series-skip-holidays"
                label={t('orders.series.skipHolidays')}
              />
            </>
          ) : (
            <div className="choice-list">
              {times.fields.map((row, i) => (
                <fieldset key={row.id} className="time-row">
                  <legend>{t('orders.times.legend', { n: i + 1 })}</legend>
                  <FormTextInput
                    control={control}
                    name={`times.${i}.date`}
                    id={inputIdOf(`times.${i}.date`)}
                    label={timeLabels.date}
                    hint={t('orders.hint.date')}
                  />
                  <FormTextInput
                    control={control}
                    name={`times.${i}.startTime`}
                    id={inputIdOf(`times.${i}.startTime`)}
                    label={timeLabels.startTime}
                    hint={t('orders.hint.time')}
                  />
                  <FormTextInput
                    control={control}
                    name={`times.${i}.endTime`}
                    id={inputIdOf(`times.${i}.endTime`)}
                    label={timeLabels.endTime}
                    hint={t('orders.hint.time')}
                  />
                  <FormTextInput
                    control={control}
                    name={`times.${i}.place`}
                    id={inputIdOf(`times.${i}.place`)}
                    label={timeLabels.place}
                    hint={t('orders.hint.timePlace')}
                    optional
                  />
                  {times.fields.length > 1 ? (
                    <div>
                      <Button type="button" variant="secondaryNoBorder" onClick={() => times.remove(i)}>
                        {t('orders.times.remove', { n: i + 1 })}
                      </Button>
                    </div>
                  ) : null}
                </fieldset>
              ))}
              <div>
                <Button
                  type="button"
                  variant="secondary"
                  onClick={() =>
                    times.append(emptyTime(), { focusName: `times.${times.fields.length}.date` })
                  }
                >
                  {t('orders.times.add')}
                </Button>
              </div>
            </div>
          )}
          {buttons(
            <>
              <Button type="button" variant="secondary" onClick={() => goTo('details')}>
                {t('orders.form.back')}
              </Button>
              <Button type="button" onClick={next}>
                {t('orders.form.toReview')}
              </Button>
            </>,
          )}
        </div>
      ) : null}

      {step === 'review' ? (
        <div>
          <OrderReview values={form.getValues()} product={product} units={units} />
          <p className="hint">{t('orders.form.sendHint')}</p>
          {buttons(
            <>
              <Button type="button" variant="secondary" onClick={() => goTo('schedule')}>
                {t('orders.form.back')}
              </Button>
              <Button type="button" disabled={submitting} onClick={() => void run('send')}>
                {t('orders.form.send')}
              </Button>
            </>,
          )}
        </div>
      ) : null}
    </form>
  );
}
