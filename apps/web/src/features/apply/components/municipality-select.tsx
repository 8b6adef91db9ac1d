import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApplicationFormValues } from '../application-form.schema';
import type { Option } from './choice-checkboxes';
import { describedBy, FieldError } from './field-error';

/**
 * The home municipality from some three hundred: a native select, because typing the first letters
 * finds a name with the keyboard and phones open their own picker (Suomi.fi's Dropdown can only step
 * through the list one by one).
 */
export function MunicipalitySelect({
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
      name="municipalityCode"
      render={({ field, fieldState }) => (
        <div className="apply-select">
          <label htmlFor="apply-municipality">{t('apply.field.municipality')}</label>
          <p id="apply-municipality-hint" className="hint">
            {t('apply.hint.municipality')}
          </p>
          <select
            id="apply-municipality"
            ref={field.ref}
            name={field.name}
            value={field.value}
            onChange={(event) => field.onChange(event.target.value)}
            onBlur={field.onBlur}
            autoComplete="address-level2"
            aria-invalid={fieldState.error ? true : undefined}
            aria-describedby={describedBy(
              'apply-municipality-hint',
              fieldState.error && 'apply-municipality-error',
            )}
            className={fieldState.error ? 'apply-select-error' : undefined}
          >
            <option value="">{t('apply.form.chooseMunicipality')}</option>
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          <FieldError id="apply-municipality-error" message={fieldState.error?.message} />
        </div>
      )}
    />
  );
}
