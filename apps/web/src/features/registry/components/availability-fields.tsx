import { type Control, type FieldValues, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { FormDropdown } from '../../../shared/ui/form-dropdown';
import type { SummaryField } from '../../../shared/ui/form-error-summary';
import { FormTextInput } from '../../../shared/ui/form-text-input';
import { WEEKDAYS } from '../registry.rules';
import type { WithSlots } from './availability.schema';

/** The error summary's entries for the slots, so each wrong time links to its own input. */
export function slotSummaryFields<T extends FieldValues & WithSlots>(
  slots: readonly unknown[],
  idPrefix: string,
  t: (key: string, values?: Record<string, unknown>) => string,
): SummaryField<T>[] {
  return slots.flatMap((_, i) => [
    {
      name: `slots.${i}.weekday`,
      label: t('registry.availability.weekdayN', { n: i + 1 }),
      inputId: `${idPrefix}-slot-${i}-weekday_button`,
    },
    {
      name: `slots.${i}.startsAt`,
      label: t('registry.availability.startsAtN', { n: i + 1 }),
      inputId: `${idPrefix}-slot-${i}-starts`,
    },
    {
      name: `slots.${i}.endsAt`,
      label: t('registry.availability.endsAtN', { n: i + 1 }),
      inputId: `${idPrefix}-slot-${i}-ends`,
    },
  ]) as SummaryField<T>[];
}

/** Weekly times when the person can take tasks: a list of weekday + from–to rows, added and removed freely. */
export function AvailabilityFields<T extends FieldValues & WithSlots>({
  control,
  idPrefix,
}: {
  control: Control<T>;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  const slotControl = control as unknown as Control<WithSlots>;
  const { fields, append, remove } = useFieldArray({ control: slotControl, name: 'slots' });
  const weekdays = WEEKDAYS.map((day) => ({ value: String(day), label: t(`registry.weekday.${day}`) }));
  return (
    <div className="slot-list">
      {fields.length === 0 ? <p className="hint">{t('registry.availability.none')}</p> : null}
      {fields.map((field, i) => (
        <fieldset key={field.id} className="slot-row">
          <legend>{t('registry.availability.slotN', { n: i + 1 })}</legend>
          <FormDropdown
            control={slotControl}
            name={`slots.${i}.weekday`}
            id={`${idPrefix}-slot-${i}-weekday`}
            label={t('registry.availability.weekday')}
            placeholder={t('registry.availability.chooseWeekday')}
            choices={weekdays}
          />
          <FormTextInput
            control={slotControl}
            name={`slots.${i}.startsAt`}
            id={`${idPrefix}-slot-${i}-starts`}
            label={t('registry.availability.startsAt')}
            hint={t('registry.availability.timeHint')}
            inputMode="decimal"
          />
          <FormTextInput
            control={slotControl}
            name={`slots.${i}.endsAt`}
            id={`${idPrefix}-slot-${i}-ends`}
            label={t('registry.availability.endsAt')}
            hint={t('registry.availability.timeHint')}
            inputMode="decimal"
          />
          <div>
            <Button variant="secondaryNoBorder" type="button" onClick={() => remove(i)}>
              {t('registry.availability.removeN', { n: i + 1 })}
            </Button>
          </div>
        </fieldset>
      ))}
      <div>
        <Button
          variant="secondary"
          type="button"
          onClick={() => append({ weekday: '', startsAt: '', endsAt: '' })}
        >
          {t('registry.availability.add')}
        </Button>
      </div>
    </div>
  );
}
