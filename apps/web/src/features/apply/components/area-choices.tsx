import type { ApplicationAreaDto } from '@kokemus/api-client';
import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Checkbox, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import type { ApplicationFormValues } from '../application-form.schema';
import type { Option } from './choice-checkboxes';
import { describedBy, FieldError } from './field-error';

const COORDINATORS = 'coordinators';
const ORDERERS = 'orderers';

/**
 * Experience areas: each chosen area asks who may know of it — the coordinators only (the default) or
 * also those who order tasks, as in the expert's own profile later.
 */
export function AreaChoices({
  control,
  options,
}: {
  control: Control<ApplicationFormValues>;
  options: readonly Option[];
}) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name="areas"
      render={({ field, fieldState }) => {
        const values: ApplicationAreaDto[] = field.value ?? [];
        const errorId = fieldState.error ? 'apply-area-error' : undefined;
        const setVisible = (code: string, visibleToOrderers: boolean) =>
          field.onChange(values.map((area) => (area.code === code ? { ...area, visibleToOrderers } : area)));
        return (
          <fieldset className="apply-fieldset" aria-describedby={describedBy('apply-area-hint', errorId)}>
            <legend>{t('apply.field.areas')}</legend>
            <p id="apply-area-hint" className="hint">
              {t('apply.hint.areas')}
            </p>
            <FieldError id="apply-area-error" message={fieldState.error?.message} />
            <ul className="plain-list apply-choices">
              {options.map((option) => {
                const chosen = values.find((area) => area.code === option.value);
                return (
                  <li key={option.value}>
                    <Checkbox
                      id={`apply-area-${option.value}`}
                      name="areas"
                      checked={chosen !== undefined}
                      status={fieldState.error ? 'error' : 'default'}
                      onClick={({ checkboxState }) =>
                        field.onChange(
                          checkboxState
                            ? [
                                ...values.filter((area) => area.code !== option.value),
                                { code: option.value, visibleToOrderers: false },
                              ]
                            : values.filter((area) => area.code !== option.value),
                        )
                      }
                    >
                      {option.label}
                    </Checkbox>
                    {chosen ? (
                      <div className="apply-area-visibility">
                        <RadioButtonGroup
                          id={`apply-area-${option.value}-visibility`}
                          name={`areas-${option.value}-visibility`}
                          labelText={t('apply.field.areaVisibility', { area: option.label })}
                          value={chosen.visibleToOrderers ? ORDERERS : COORDINATORS}
                          onChange={(value) => setVisible(option.value, value === ORDERERS)}
                        >
                          <RadioButton
                            value={COORDINATORS}
                            id={`apply-area-${option.value}-coordinators`}
                            hintText={t('apply.visibility.coordinatorsHint')}
                          >
                            {t('apply.visibility.coordinators')}
                          </RadioButton>
                          <RadioButton
                            value={ORDERERS}
                            id={`apply-area-${option.value}-orderers`}
                            hintText={t('apply.visibility.orderersHint')}
                          >
                            {t('apply.visibility.orderers')}
                          </RadioButton>
                        </RadioButtonGroup>
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
