import { type Control, type FieldValues, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDropdown } from '../../../shared/ui/form-dropdown';
import type { SummaryField } from '../../../shared/ui/form-error-summary';
import { FormTextInput } from '../../../shared/ui/form-text-input';
import { WEEKDAYS } from '../registry.rules';
import type { WithSlots } from './availability.schema';
import { FieldRows } from './field-rows';

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
    <FieldRows
      rows={fields}
      empty={t('registry.availability.none')}
      legend={(n) => t('registry.availability.slotN', { n })}
      removeLabel={(n) => t('registry.availability.removeN', { n })}
      addLabel={t('registry.availability.add')}
      onRemove={remove}
      onAdd={() => append({ weekday: '', startsAt: '', endsAt: '' })}
    >
      {(i) => (
        <>
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
        </>
      )}
    </FieldRows>
  );
}
