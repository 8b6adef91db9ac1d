import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Checkbox } from 'suomifi-ui-components';
import { translateMessage } from '../../../shared/i18n/message';
import type { ApplicationFormValues } from '../application-form.schema';

/** The sections of the privacy notice (tietosuojaseloste), in reading order. */
export const PRIVACY_SECTIONS = [
  'controller',
  'purpose',
  'data',
  'sensitive',
  'whoSees',
  'keeping',
  'rights',
  'contact',
] as const;

/** The privacy notice, opened in place (a native disclosure: Enter or Space opens it), and the box to tick. */
export function PrivacyNotice({
  control,
  version,
}: {
  control: Control<ApplicationFormValues>;
  version: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <details className="apply-privacy" id="apply-privacy-notice">
        <summary>{t('apply.privacy.summary')}</summary>
        <div className="apply-privacy-body">
          {PRIVACY_SECTIONS.map((section) => (
            <section key={section} aria-labelledby={`apply-privacy-${section}`}>
              <h3 id={`apply-privacy-${section}`}>{t(`apply.privacy.${section}.heading`)}</h3>
              <p>{t(`apply.privacy.${section}.text`)}</p>
            </section>
          ))}
          <p className="hint">{t('apply.privacy.version', { version })}</p>
        </div>
      </details>
      <Controller
        control={control}
        name="privacyNoticeRead"
        render={({ field, fieldState }) => (
          <Checkbox
            id="apply-privacy-read"
            name={field.name}
            checked={field.value}
            onClick={({ checkboxState }) => field.onChange(checkboxState)}
            status={fieldState.error ? 'error' : 'default'}
            statusText={translateMessage(t, fieldState.error?.message)}
          >
            {t('apply.field.privacyNoticeRead')}
          </Checkbox>
        )}
      />
    </>
  );
}
