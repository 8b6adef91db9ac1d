import { type Control, Controller, type UseFieldArrayReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, TextInput } from 'suomifi-ui-components';
import { translateMessage } from '../../../shared/i18n/message';
import { FormCheckbox } from '../../../shared/ui/form-checkbox';
import { FormRadioGroup } from '../../../shared/ui/form-radio-group';
import { FormTextInput } from '../../../shared/ui/form-text-input';
import { type OrderFormValues, WEEKDAYS } from '../orders.rules';

/** A weekly series: the first day, the weekdays, the time, how many weeks and how often, on one or more places. */
export function OrderSeriesFields({
  control,
  places,
  labels,
}: {
  control: Control<OrderFormValues>;
  places: UseFieldArrayReturn<OrderFormValues, 'seriesPlaces'>;
  labels: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
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
                {translateMessage(t, fieldState.error.message)}
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
              places.append({ value: '' }, { focusName: `seriesPlaces.${places.fields.length}.value` })
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
  );
}
