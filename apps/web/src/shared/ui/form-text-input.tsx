import { Controller, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextInput } from 'suomifi-ui-components';
import { translateMessage } from '../i18n/message';
import type { FieldProps } from './form-field-props';

/** Suomi.fi inputs report `onChange(value)`, so they are bound through Controller, never `register`. */
export function FormTextInput<T extends FieldValues>({
  control,
  name,
  id,
  label,
  hint,
  optional,
  type = 'text',
  autoComplete,
  inputMode,
}: FieldProps<T> & {
  type?: 'text' | 'email' | 'password' | 'tel';
  autoComplete?: string;
  inputMode?: 'numeric' | 'decimal';
}) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextInput
          id={id}
          ref={field.ref}
          name={field.name}
          value={(field.value as string | null | undefined) ?? ''}
          onChange={(value) => field.onChange(value ?? '')}
          onBlur={field.onBlur}
          labelText={label}
          hintText={hint}
          optionalText={optional ? t('form.optional') : undefined}
          type={type}
          autoComplete={autoComplete}
          inputMode={inputMode}
          status={fieldState.error ? 'error' : 'default'}
          statusText={translateMessage(t, fieldState.error?.message)}
          fullWidth
        />
      )}
    />
  );
}
