import type { Locale } from '@kokemus/api-client';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormTextarea } from '../../../shared/ui/form-textarea';
import { FormTextInput } from '../../../shared/ui/form-text-input';
import type { SummaryField } from '../../../shared/ui/form-error-summary';
import { LIMITS, LOCALES } from '../agreements.rules';

const SUFFIX: Record<Locale, 'Fi' | 'Sv' | 'En'> = { fi: 'Fi', sv: 'Sv', en: 'En' };

/** The title and body fields in the order they are shown, for the error summary. */
export function textSummaryFields<T extends FieldValues>(
  t: (key: string) => string,
  prefix: string,
): SummaryField<T>[] {
  return LOCALES.flatMap((l) => [
    {
      name: `title.${l}` as Path<T>,
      label: t(`agreements.admin.form.title${SUFFIX[l]}`),
      inputId: `${prefix}-title-${l}`,
    },
    {
      name: `body.${l}` as Path<T>,
      label: t(`agreements.admin.form.body${SUFFIX[l]}`),
      inputId: `${prefix}-body-${l}`,
    },
  ]);
}

export const TEXT_FIELD_NAMES = LOCALES.flatMap((l) => [`title.${l}`, `body.${l}`] as const);

/** A document's title and text in Finnish, Swedish and English, one group per language. */
export function LanguageTexts<T extends FieldValues>({
  control,
  prefix,
}: {
  control: Control<T>;
  prefix: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      {LOCALES.map((l) => (
        <fieldset key={l} className="agreement-form-group" lang={l}>
          <legend>{t(`agreements.admin.form.language${SUFFIX[l]}`)}</legend>
          <FormTextInput
            control={control}
            name={`title.${l}` as Path<T>}
            id={`${prefix}-title-${l}`}
            label={t(`agreements.admin.form.title${SUFFIX[l]}`)}
          />
          <FormTextarea
            control={control}
            name={`body.${l}` as Path<T>}
            id={`${prefix}-body-${l}`}
            label={t(`agreements.admin.form.body${SUFFIX[l]}`)}
            hint={t('agreements.admin.form.bodyHint')}
            maxLength={LIMITS.body}
          />
        </fieldset>
      ))}
    </>
  );
}
