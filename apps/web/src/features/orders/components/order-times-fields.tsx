import { type Control, type UseFieldArrayReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { FormTextInput } from '../../../shared/ui/form-text-input';
import { emptyTime, type OrderFormValues } from '../orders.rules';
import { inputIdOf } from './order-form-fields';

/** Single times, each with its own date, start, end and (optionally) place; one or more. */
export function OrderTimesFields({
  control,
  times,
  timeLabels,
}: {
  control: Control<OrderFormValues>;
  times: UseFieldArrayReturn<OrderFormValues, 'times'>;
  timeLabels: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
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
          onClick={() => times.append(emptyTime(), { focusName: `times.${times.fields.length}.date` })}
        >
          {t('orders.times.add')}
        </Button>
      </div>
    </div>
  );
}
