import type { ProductDto, UnitDto } from '@kokemus/api-client';
import { useEffect, useRef, useState } from 'react';
import { type Path, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../../../shared/api/api-problem';
import { fieldProblemMessage } from '../../../shared/api/problem-text';
import { message } from '../../../shared/i18n/message';
import { FormErrorSummary, type SummaryField } from '../../../shared/ui/form-error-summary';
import { checkOrder, formFieldOf, type OrderFormValues, stepOfField } from '../orders.rules';
import { OrderDetailsStep } from './order-details-step';
import {
  inputIdOf,
  ORDER_FORM_STEPS,
  orderFieldLabels,
  type OrderFormStep,
  orderTimeLabels,
} from './order-form-fields';
import { OrderReviewStep } from './order-review-step';
import { OrderScheduleStep } from './order-schedule-step';
import { catalogLabel } from '../../../shared/format/catalog-label';

type Intent = 'draft' | 'send';

/**
 * The order form (tilauslomake) as a guided form in three steps after the product: what and for whom,
 * when and where, and a review. A draft can be saved at any step; sending checks what the coordinators need.
 * This holds the form's state, the step and the error summary; each step renders its own fields.
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
  const form = useForm<OrderFormValues>({ defaultValues: initialValues, shouldFocusError: false });
  const { control } = form;
  const [step, setStep] = useState<OrderFormStep>('details');
  const [failedSubmits, setFailedSubmits] = useState(0);
  /** A new error summary for every step the person moves to (its focus bookkeeping starts over). */
  const [round, setRound] = useState(0);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  /** Set when the person moves between steps; a jump to errors leaves the focus to the error summary. */
  const focusStep = useRef(false);
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

  const goTo = (next: OrderFormStep) => {
    focusStep.current = true;
    setRound((n) => n + 1);
    setFailedSubmits(0);
    setProblem(null);
    setStep(next);
  };

  /** Puts the issues on their fields; returns the first step that has one. */
  const showIssues = (issues: { field: string; message: string }[]): OrderFormStep | null => {
    form.clearErrors();
    for (const issue of issues) {
      form.setError(issue.field as Path<OrderFormValues>, { type: 'manual', message: issue.message });
    }
    if (issues.length === 0) return null;
    return issues.some((i) => stepOfField(i.field) === 'details') ? 'details' : 'schedule';
  };

  const clientCheck = (intent: Intent, only?: OrderFormStep): boolean => {
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
  const saveDraft = () => void run('draft');

  const stepIndex = ORDER_FORM_STEPS.indexOf(step);
  const labels = orderFieldLabels(t);
  const timeLabels = orderTimeLabels(t);
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

  const stepTitle = t(`orders.step.${step}`);

  return (
    <form noValidate onSubmit={(event) => event.preventDefault()}>
      <ol className="order-steps" aria-label={t('orders.step.label')}>
        <li>{t('orders.step.numbered', { n: 1, title: t('orders.step.product') })}</li>
        {ORDER_FORM_STEPS.map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined}>
            {t('orders.step.numbered', { n: i + 2, title: t(`orders.step.${s}`) })}
          </li>
        ))}
      </ol>
      <Heading variant="h2" ref={stepHeading} tabIndex={-1} mb="s" className="page-heading">
        {t('orders.step.heading', { n: stepIndex + 2, total: ORDER_FORM_STEPS.length + 1, title: stepTitle })}
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
        <OrderDetailsStep
          control={control}
          product={product}
          units={units}
          labels={labels}
          submitting={submitting}
          onNext={next}
          onSaveDraft={saveDraft}
        />
      ) : null}

      {step === 'schedule' ? (
        <OrderScheduleStep
          control={control}
          places={places}
          times={times}
          labels={labels}
          timeLabels={timeLabels}
          submitting={submitting}
          onBack={() => goTo('details')}
          onNext={next}
          onSaveDraft={saveDraft}
        />
      ) : null}

      {step === 'review' ? (
        <OrderReviewStep
          values={form.getValues()}
          product={product}
          units={units}
          submitting={submitting}
          onBack={() => goTo('schedule')}
          onSend={() => void run('send')}
          onSaveDraft={saveDraft}
        />
      ) : null}
    </form>
  );
}
