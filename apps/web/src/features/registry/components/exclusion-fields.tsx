import type { UnitDto } from '@kokemus/api-client';
import { type Control, type FieldValues, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDropdown } from '../../../shared/ui/form-dropdown';
import type { SummaryField } from '../../../shared/ui/form-error-summary';
import { FormTextInput } from '../../../shared/ui/form-text-input';
import { NO_UNIT, type WithExclusions } from './exclusion.schema';
import { FieldRows } from './field-rows';

/** The error summary's entries for the exclusion rows, so each wrong row links to its own input. */
export function exclusionSummaryFields<T extends FieldValues & WithExclusions>(
  rows: readonly unknown[],
  idPrefix: string,
  t: (key: string, values?: Record<string, unknown>) => string,
): SummaryField<T>[] {
  return rows.map((_, i) => ({
    name: `exclusions.${i}.topic`,
    label: t('registry.exclusion.topicN', { n: i + 1 }),
    inputId: `${idPrefix}-exclusion-${i}-topic`,
  })) as SummaryField<T>[];
}

/** A unit's name in the UI's language (units have Finnish and, some, Swedish names). */
export function unitName(unit: Pick<UnitDto, 'name' | 'nameSv'>, language: string): string {
  return language === 'sv' ? unit.nameSv || unit.name : unit.name;
}

/** Settings and units the person will not work with: rows of unit and/or topic, added and removed freely. */
export function ExclusionFields<T extends FieldValues & WithExclusions>({
  control,
  idPrefix,
  units,
}: {
  control: Control<T>;
  idPrefix: string;
  /** The units to choose from (inactive ones only when a row already names them). */
  units: readonly UnitDto[];
}) {
  const { t, i18n } = useTranslation();
  const rowControl = control as unknown as Control<WithExclusions>;
  const { fields, append, remove } = useFieldArray({ control: rowControl, name: 'exclusions' });
  const chosen = new Set(fields.map((field) => field.unitId));
  const unitChoices = [
    { value: NO_UNIT, label: t('registry.exclusion.noUnit') },
    ...units
      .filter((unit) => unit.active || chosen.has(unit.id))
      .map((unit) => ({ value: unit.id, label: unitName(unit, i18n.language) }))
      .sort((a, b) => a.label.localeCompare(b.label, i18n.language)),
  ];
  return (
    <>
      <p className="hint">{t('registry.exclusion.hint')}</p>
      <FieldRows
        rows={fields}
        empty={t('registry.exclusion.none')}
        legend={(n) => t('registry.exclusion.rowN', { n })}
        removeLabel={(n) => t('registry.exclusion.removeN', { n })}
        addLabel={t('registry.exclusion.add')}
        onRemove={remove}
        onAdd={() => append({ unitId: NO_UNIT, topic: '' })}
      >
        {(i) => (
          <>
            <FormDropdown
              control={rowControl}
              name={`exclusions.${i}.unitId`}
              id={`${idPrefix}-exclusion-${i}-unit`}
              label={t('registry.exclusion.unit')}
              placeholder={t('registry.exclusion.noUnit')}
              choices={unitChoices}
            />
            <FormTextInput
              control={rowControl}
              name={`exclusions.${i}.topic`}
              id={`${idPrefix}-exclusion-${i}-topic`}
              label={t('registry.exclusion.topic')}
              hint={t('registry.exclusion.topicHint')}
              optional
            />
          </>
        )}
      </FieldRows>
    </>
  );
}
