import { Controller, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { translateMessage } from '../i18n/message';
import type { Choice, FieldProps } from './form-field-props';

/** Radio buttons for a handful of choices: every option visible, arrow keys move between them. */
export function FormRadioGroup<T extends FieldValues, V extends string>({
  control,
  name,
  id,
  label,
  hint,
  choices,
}: FieldProps<T> & { choices: ReadonlyArray<Choice<V>> }) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <RadioButtonGroup
          id={`${id}-group`}
          name={field.name}
          labelText={label}
          groupHintText={hint}
          value={(field.value as string | undefined) ?? ''}
          onChange={(value) => field.onChange(value)}
          groupStatus={fieldState.error ? 'error' : 'default'}
          groupStatusText={translateMessage(t, fieldState.error?.message)}
        >
          {choices.map((choice, index) => (
            <RadioButton
              key={choice.value}
              value={choice.value}
              id={index === 0 ? id : `${id}-${choice.value}`}
              hintText={choice.hint}
              ref={index === 0 ? field.ref : undefined}
            >
              {choice.label}
            </RadioButton>
          ))}
        </RadioButtonGroup>
      )}
    />
  );
}
