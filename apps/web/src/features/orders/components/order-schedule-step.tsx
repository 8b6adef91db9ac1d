import { type Control, type UseFieldArrayReturn, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { FormRadioGroup } from '../../../shared/ui/form-radio-group';
import type { OrderFormValues } from '../orders.rules';
import { OrderSeriesFields } from './order-series-fields';
import { OrderStepButtons } from './order-step-buttons';
import { OrderTimesFields } from './order-times-fields';

/** Step 3, when and where: a weekly series or single times. */
export function OrderScheduleStep({
  control,
  places,
  times,
  labels,
  timeLabels,
  submitting,
  onBack,
  onNext,
  onSaveDraft,
}: {
  control: Control<OrderFormValues>;
  places: UseFieldArrayReturn<OrderFormValues, 'seriesPlaces'>;
  times: UseFieldArrayReturn<OrderFormValues, 'times'>;
  labels: Record<string, string>;
  timeLabels: Record<string, string>;
  submitting: boolean;
  onBack: () => void;
  onNext: () => void;
  onSaveDraft: () => void;
}) {
  const { t } = useTranslation();
  const scheduleKind = useWatch({ control, name: 'scheduleKind' });
  return (
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
        <OrderSeriesFields control={control} places={places} labels={labels} />
      ) : (
        <OrderTimesFields control={control} times={times} timeLabels={timeLabels} />
      )}
      <OrderStepButtons submitting={submitting} onSaveDraft={onSaveDraft}>
        <Button type="button" variant="secondary" onClick={onBack}>
          {t('orders.form.back')}
        </Button>
        <Button type="button" onClick={onNext}>
          {t('orders.form.toReview')}
        </Button>
      </OrderStepButtons>
    </div>
  );
}
