import { Controller, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem } from 'suomifi-ui-components';
import { translateMessage } from '../i18n/message';
import type { Choice, FieldProps } from './form-field-props';

/** A single choice from a longer list (e.g. the parent unit). */
export function FormDropdown<T extends FieldValues>({
  control,
  name,
  id,
  label,
  hint,
  placeholder,
  choices,
}: FieldProps<T> & { placeholder: string; choices: ReadonlyArray<Choice<string>> }) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Dropdown
          id={id}
          ref={field.ref}
          name={field.name}
          labelText={label}
          hintText={hint}
          visualPlaceholder={placeholder}
          value={(field.value as string | null | undefined) || null}
          onChange={(value) => field.onChange(value)}
          onBlur={field.onBlur}
          status={fieldState.error ? 'error' : 'default'}
          statusText={translateMessage(t, fieldState.error?.message)}
          fullWidth
        >
          {choices.map((choice) => (
            <DropdownItem key={choice.value} value={choice.value}>
              {choice.label}
            </DropdownItem>
          ))}
        </Dropdown>
      )}
    />
  );
}
