import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { zodMessages } from '../../../shared/i18n/zod-messages';
import { FormCheckbox } from '../../../shared/ui/form-checkbox';
import { FormErrorSummary, type SummaryField } from '../../../shared/ui/form-error-summary';
import { FormTextInput } from '../../../shared/ui/form-text-input';
import { useFormFailure } from '../../../shared/ui/use-form-failure';
import { type CreateValues, EMPTY_CREATE_VALUES } from '../agreements.rules';
import { createSchema, FORMAT_MESSAGES } from './agreement-schema';
import { LanguageTexts, TEXT_FIELD_NAMES, textSummaryFields } from './language-texts';

const FIELDS = ['code', 'required', 'position', ...TEXT_FIELD_NAMES] as const;
const P = 'agreement-new';

type Props = {
  submitting: boolean;
  onSubmit: (values: CreateValues) => Promise<unknown>;
  onCancel: () => void;
};

/** A new document with its first version in three languages. */
export function CreateAgreementForm({ submitting, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useForm<CreateValues>({
    shouldFocusError: false,
    resolver: zodResolver(createSchema, { error: zodMessages(FORMAT_MESSAGES) }),
    defaultValues: EMPTY_CREATE_VALUES,
  });
  const failure = useFormFailure(form.setError, FIELDS);
  const fields: SummaryField<CreateValues>[] = [
    { name: 'code', label: t('agreements.admin.form.code'), inputId: `${P}-code` },
    { name: 'required', label: t('agreements.admin.form.required'), inputId: `${P}-required` },
    { name: 'position', label: t('agreements.admin.form.position'), inputId: `${P}-position` },
    ...textSummaryFields<CreateValues>(t, P),
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
        <FormTextInput
          control={form.control}
          name="code"
          id={`${P}-code`}
          label={t('agreements.admin.form.code')}
          hint={t('agreements.admin.form.codeHint')}
          autoComplete="off"
        />
        <FormCheckbox
          control={form.control}
          name="required"
          id={`${P}-required`}
          label={t('agreements.admin.form.required')}
          hint={t('agreements.admin.form.requiredHint')}
        />
        <FormTextInput
          control={form.control}
          name="position"
          id={`${P}-position`}
          label={t('agreements.admin.form.position')}
          hint={t('agreements.admin.form.positionHint')}
          inputMode="numeric"
          optional
        />
        <LanguageTexts control={form.control} prefix={P} />
        <div className="button-row">
          <Button type="submit" disabled={submitting}>
            {t('agreements.admin.form.create')}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </div>
    </form>
  );
}
