import { Controller, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Textarea } from 'suomifi-ui-components';
import { translateMessage } from '../i18n/message';
import type { FieldProps } from './form-field-props';

/** A longer text (an introduction, notes), with a visible character counter when it has a limit. */
export function FormTextarea<T extends FieldValues>({
  control,
  name,
  id,
  label,
  hint,
  optional,
  maxLength,
}: FieldProps<T> & { maxLength: number }) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Textarea
          id={id}
          ref={field.ref}
          name={field.name}
          value={(field.value as string | null | undefined) ?? ''}
          onChange={(event) => field.onChange(event.target.value)}
          onBlur={field.onBlur}
          labelText={label}
          hintText={hint}
          optionalText={optional ? t('form.optional') : undefined}
          status={fieldState.error ? 'error' : 'default'}
          statusText={translateMessage(t, fieldState.error?.message)}
          resize="vertical"
          fullWidth
          characterLimit={maxLength}
          ariaCharactersRemainingText={(n: number) => t('form.charactersLeft', { count: n })}
          ariaCharactersExceededText={(n: number) => t('form.charactersOver', { count: n })}
        />
      )}
    />
  );
}
