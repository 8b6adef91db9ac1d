import { zodResolver } from '@hookform/resolvers/zod';
import type { AgreementDto } from '@kokemus/api-client';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { zodMessages } from '../../../shared/i18n/zod-messages';
import { FormCheckbox } from '../../../shared/ui/form-checkbox';
import { FormErrorSummary, type SummaryField } from '../../../shared/ui/form-error-summary';
import { FormTextarea } from '../../../shared/ui/form-textarea';
import { useFormFailure } from '../../../shared/ui/use-form-failure';
import { LIMITS, type PublishValues, publishValuesFrom } from '../agreements.rules';
import { FORMAT_MESSAGES, publishSchema } from './agreement-schema';
import { LanguageTexts, TEXT_FIELD_NAMES, textSummaryFields } from './language-texts';

const FIELDS = [...TEXT_FIELD_NAMES, 'requiresReacceptance', 'changeNote'] as const;
const P = 'agreement-publish';

type Props = {
  agreement: AgreementDto;
  submitting: boolean;
  onSubmit: (values: PublishValues) => Promise<unknown>;
};

/** A new version, starting from the current text; versions are never edited. */
export function PublishVersionForm({ agreement, submitting, onSubmit }: Props) {
  const { t } = useTranslation();
  const form = useForm<PublishValues>({
    shouldFocusError: false,
    resolver: zodResolver(publishSchema, { error: zodMessages(FORMAT_MESSAGES) }),
    defaultValues: publishValuesFrom(agreement),
  });
  const failure = useFormFailure(form.setError, FIELDS);
  const fields: SummaryField<PublishValues>[] = [
    ...textSummaryFields<PublishValues>(t, P),
    {
      name: 'requiresReacceptance',
      label: t('agreements.admin.form.requiresReacceptance'),
      inputId: `${P}-reacceptance`,
    },
    { name: 'changeNote', label: t('agreements.admin.form.changeNote'), inputId: `${P}-change-note` },
  ];
  const submit = form.handleSubmit((values) => onSubmit(values).catch(failure.onProblem), failure.onInvalid);

  return (
    <form noValidate onSubmit={submit}>
      <FormErrorSummary
        errors={form.formState.errors}
        fields={fields}
        failedSubmits={failure.failedSubmits}
        problem={failure.problem}
      />
      <div className="form-stack">
        <LanguageTexts control={form.control} prefix={P} />
        <fieldset className="agreement-form-group">
          <legend>{t('agreements.admin.form.changeGroup')}</legend>
          <FormCheckbox
            control={form.control}
            name="requiresReacceptance"
            id={`${P}-reacceptance`}
            label={t('agreements.admin.form.requiresReacceptance')}
            hint={t('agreements.admin.form.requiresReacceptanceHint')}
          />
          <FormTextarea
            control={form.control}
            name="changeNote"
            id={`${P}-change-note`}
            label={t('agreements.admin.form.changeNote')}
            hint={t('agreements.admin.form.changeNoteHint')}
            optional={!form.watch('requiresReacceptance')}
            maxLength={LIMITS.changeNote}
          />
        </fieldset>
        <div className="button-row">
          <Button type="submit" disabled={submitting}>
            {t('agreements.admin.form.publish')}
          </Button>
        </div>
      </div>
    </form>
  );
}
