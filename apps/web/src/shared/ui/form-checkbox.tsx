import { Controller, type FieldValues } from 'react-hook-form';
import { Checkbox } from 'suomifi-ui-components';
import type { FieldProps } from './form-field-props';

/** A yes/no answer as one checkbox. */
export function FormCheckbox<T extends FieldValues>({ control, name, id, label, hint }: FieldProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Checkbox
          id={id}
          name={field.name}
          checked={Boolean(field.value)}
          onClick={({ checkboxState }) => field.onChange(checkboxState)}
          hintText={hint}
        >
          {label}
        </Checkbox>
      )}
    />
  );
}
