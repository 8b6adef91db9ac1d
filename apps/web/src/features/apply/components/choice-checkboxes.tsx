import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { Checkbox } from 'suomifi-ui-components';
import { describedBy, FieldError } from './field-error';

export type Option = { value: string; label: string };

/** Several choices as checkboxes in a fieldset; an error is read with the group (aria-describedby). */
export function ChoiceCheckboxes<T extends FieldValues>({
  control,
  name,
  idPrefix,
  legend,
  hint,
  options,
}: {
  control: Control<T>;
  name: Path<T>;
  idPrefix: string;
  legend: string;
  hint?: string;
  options: readonly Option[];
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const values = (field.value as string[] | undefined) ?? [];
        const hintId = hint ? `${idPrefix}-hint` : undefined;
        const errorId = fieldState.error ? `${idPrefix}-error` : undefined;
        return (
          <fieldset className="apply-fieldset" aria-describedby={describedBy(hintId, errorId)}>
            <legend>{legend}</legend>
            {hint ? (
              <p id={hintId} className="hint">
                {hint}
              </p>
            ) : null}
            <FieldError id={`${idPrefix}-error`} message={fieldState.error?.message} />
            <ul className="plain-list apply-choices">
              {options.map((option) => (
                <li key={option.value}>
                  <Checkbox
                    id={`${idPrefix}-${option.value}`}
                    name={field.name}
                    checked={values.includes(option.value)}
                    status={fieldState.error ? 'error' : 'default'}
                    onClick={({ checkboxState }) =>
                      field.onChange(
                        checkboxState
                          ? [...values.filter((v) => v !== option.value), option.value]
                          : values.filter((v) => v !== option.value),
                      )
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
