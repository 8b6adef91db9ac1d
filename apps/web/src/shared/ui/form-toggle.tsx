import { Controller, type FieldValues } from 'react-hook-form';
import { ToggleInput } from 'suomifi-ui-components';
import type { FieldProps } from './form-field-props';

/** An on/off switch, for a choice that takes effect as a setting (who sees something). */
export function FormToggle<T extends FieldValues>({ control, name, id, label }: FieldProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <ToggleInput id={id} name={field.name} checked={Boolean(field.value)} onChange={field.onChange}>
          {label}
        </ToggleInput>
      )}
    />
  );
}
