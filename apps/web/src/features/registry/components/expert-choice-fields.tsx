import type { CatalogItemDto, ExpertKind, PaymentMethod } from '@kokemus/api-client';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Checkbox, ToggleInput } from 'suomifi-ui-components';
import { useExperienceAreas } from '../api/list-experience-areas';
import { useLanguages } from '../api/list-languages';
import { useTaskTypes } from '../api/list-task-types';
import { labelFor } from '../../../shared/format/catalog-label';

export const EXPERT_KINDS: readonly ExpertKind[] = [
  'trained_expert',
  'experience_actor',
  'peer_supporter',
  'developer_client',
  'mentor',
];
export const PAYMENT_METHODS: readonly PaymentMethod[] = ['payroll', 'invoice', 'ngo', 'volunteer'];

export type AreaChoice = { code: string; visibleToOrderers: boolean };

/** The form values the choice fields edit; both the create and the edit form have them. */
export type ExpertChoiceValues = {
  languages: string[];
  taskTypes: string[];
  kinds: ExpertKind[];
  areas: AreaChoice[];
};

type Option = { value: string; label: string };

function toOptions(items: CatalogItemDto[] | undefined, selected: readonly string[], lang: string): Option[] {
  const active = (items ?? []).filter((item) => item.active || selected.includes(item.code));
  const known = new Set(active.map((item) => item.code));
  return [
    ...active.map((item) => ({ value: item.code, label: labelFor(items, item.code, lang) })),
    // A code the catalogue no longer lists stays visible, so it can be unticked.
    ...selected.filter((code) => !known.has(code)).map((code) => ({ value: code, label: code })),
  ];
}

function toggle<V extends string>(values: readonly V[], value: V, on: boolean): V[] {
  return on ? [...values.filter((v) => v !== value), value] : values.filter((v) => v !== value);
}

/** Several choices as a group of checkboxes in a fieldset. */
function CheckboxGroupField<T extends FieldValues>({
  control,
  name,
  idPrefix,
  legend,
  options,
}: {
  control: Control<T>;
  name: Path<T>;
  idPrefix: string;
  legend: string;
  options: Option[];
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => {
        const values = (field.value as string[] | undefined) ?? [];
        return (
          <fieldset className="slot-fieldset" id={`${idPrefix}-group`}>
            <legend>{legend}</legend>
            <ul className="plain-list">
              {options.map((option) => (
                <li key={option.value}>
                  <Checkbox
                    id={`${idPrefix}-${option.value}`}
                    name={field.name}
                    checked={values.includes(option.value)}
                    onClick={({ checkboxState }) =>
                      field.onChange(toggle(values, option.value, checkboxState))
                    }
                  >
                    {option.label}
                  </Checkbox>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      }}
    />
  );
}

/** Experience areas: each one ticked separately, with its own "visible to orderers" switch. */
function AreaField<T extends FieldValues>({
  control,
  name,
  idPrefix,
  options,
}: {
  control: Control<T>;
  name: Path<T>;
  idPrefix: string;
  options: Option[];
}) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => {
        const values = (field.value as AreaChoice[] | undefined) ?? [];
        return (
          <fieldset className="slot-fieldset" id={`${idPrefix}-group`}>
            <legend>{t('registry.list.areas')}</legend>
            <p className="hint">{t('registry.edit.areasHint')}</p>
            <ul className="plain-list">
              {options.map((option) => {
                const chosen = values.find((area) => area.code === option.value);
                return (
                  <li key={option.value}>
                    <Checkbox
                      id={`${idPrefix}-${option.value}`}
                      name={field.name}
                      checked={chosen !== undefined}
                      onClick={({ checkboxState }) =>
                        field.onChange(
                          checkboxState
                            ? [...values, { code: option.value, visibleToOrderers: false }]
                            : values.filter((area) => area.code !== option.value),
                        )
                      }
                    >
                      {option.label}
                    </Checkbox>
                    {chosen ? (
                      <div className="area-visibility">
                        <ToggleInput
                          id={`${idPrefix}-${option.value}-visible`}
                          checked={chosen.visibleToOrderers}
                          onChange={(on) =>
                            field.onChange(
                              values.map((area) =>
                                area.code === option.value ? { ...area, visibleToOrderers: on } : area,
                              ),
                            )
                          }
                        >
                          {t('registry.edit.areaVisible', { area: option.label })}
                        </ToggleInput>
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
  );
}

/** Languages, kinds, experience areas (with their visibility) and task types of a person. */
export function ExpertChoiceFields<T extends FieldValues & ExpertChoiceValues>({
  control,
  idPrefix,
  selected,
}: {
  control: Control<T>;
  idPrefix: string;
  /** The codes chosen when the form opened, so that retired catalogue codes still show. */
  selected: ExpertChoiceValues;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const languages = useLanguages();
  const areas = useExperienceAreas();
  const taskTypes = useTaskTypes();
  return (
    <>
      <CheckboxGroupField
        control={control}
        name={'languages' as Path<T>}
        idPrefix={`${idPrefix}-language`}
        legend={t('registry.list.languages')}
        options={toOptions(languages.data, selected.languages, lang)}
      />
      <CheckboxGroupField
        control={control}
        name={'kinds' as Path<T>}
        idPrefix={`${idPrefix}-kind`}
        legend={t('registry.edit.kinds')}
        options={EXPERT_KINDS.map((kind) => ({ value: kind, label: t(`registry.kind.${kind}`) }))}
      />
      <AreaField
        control={control}
        name={'areas' as Path<T>}
        idPrefix={`${idPrefix}-area`}
        options={toOptions(
          areas.data,
          selected.areas.map((area) => area.code),
          lang,
        )}
      />
      <CheckboxGroupField
        control={control}
        name={'taskTypes' as Path<T>}
        idPrefix={`${idPrefix}-task-type`}
        legend={t('registry.edit.taskTypes')}
        options={toOptions(taskTypes.data, selected.taskTypes, lang)}
      />
    </>
  );
}
