import { zodResolver } from '@hookform/resolvers/zod';
import type { MeDto } from '@kokemus/api-client';
import { zLocale } from '@kokemus/api-client/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert } from 'suomifi-ui-components';
import * as z from 'zod';
import { LANGUAGE_NAMES } from '../../../shared/i18n/language-names';
import { zodMessages } from '../../../shared/i18n/zod-messages';
import { FormErrorSummary } from '../../../shared/ui/form-error-summary';
import { FormRadioGroup } from '../../../shared/ui/form-radio-group';
import { useFormFailure } from '../../../shared/ui/use-form-failure';
import { useUpdateMe } from '../api/update-me';

const preferenceSchema = z.object({ locale: zLocale });
type PreferenceValues = z.input<typeof preferenceSchema>;
const FIELDS = ['locale'] as const;

/** The language the service uses for this person, here and (later) in e-mails. */
export function LanguagePreferenceForm({
  me,
  onSaved,
}: {
  me: MeDto;
  onSaved: (locale: MeDto['locale']) => void;
}) {
  const { t } = useTranslation();
  const updateMe = useUpdateMe();
  const [saved, setSaved] = useState(false);
  const form = useForm<PreferenceValues>({
    // Focus goes to the error summary instead, which links to each field.
    shouldFocusError: false,
    resolver: zodResolver(preferenceSchema, { error: zodMessages() }),
    values: { locale: me.locale },
  });
  const failure = useFormFailure(form.setError, FIELDS);

  const onValid = (values: PreferenceValues) => {
    setSaved(false);
    updateMe.mutate(
      { body: values },
      {
        onSuccess: (updated) => {
          setSaved(true);
          onSaved(updated.locale);
        },
        onError: failure.onProblem,
      },
    );
  };

  return (
    <form noValidate onSubmit={form.handleSubmit(onValid, failure.onInvalid)}>
      <FormErrorSummary
        errors={form.formState.errors}
        failedSubmits={failure.failedSubmits}
        problem={failure.problem}
        fields={[{ name: 'locale', label: t('account.language'), inputId: 'account-locale' }]}
      />
      <div className="form-stack">
        <FormRadioGroup
          control={form.control}
          name="locale"
          id="account-locale"
          label={t('account.language')}
          hint={t('account.languageHint')}
          choices={(['fi', 'sv', 'en'] as const).map((value) => ({
            value,
            label: <span lang={value}>{LANGUAGE_NAMES[value]}</span>,
          }))}
        />
        <div>
          <Button type="submit" disabled={updateMe.isPending}>
            {t('account.save')}
          </Button>
        </div>
        <div aria-live="polite">
          {saved ? <InlineAlert status="neutral">{t('account.saved')}</InlineAlert> : null}
        </div>
      </div>
    </form>
  );
}
