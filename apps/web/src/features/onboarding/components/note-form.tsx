import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import * as z from 'zod';
import { zodMessages } from '../../../shared/i18n/zod-messages';
import { FormErrorSummary, type SummaryField } from '../../../shared/ui/form-error-summary';
import { FormTextarea } from '../../../shared/ui/form-textarea';
import { useFormFailure } from '../../../shared/ui/use-form-failure';

const schema = z.object({ note: z.string().trim().min(1).max(4000) });
type Values = z.input<typeof schema>;
const FIELDS = ['note'] as const;

/** A note on the application's timeline; only the coordinators see it, never the applicant. */
export function NoteForm({
  submitting,
  onAdd,
}: {
  submitting: boolean;
  onAdd: (note: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    shouldFocusError: false,
    resolver: zodResolver(schema, { error: zodMessages() }),
    defaultValues: { note: '' },
  });
  const failure = useFormFailure(form.setError, FIELDS);
  const fields: SummaryField<Values>[] = [
    { name: 'note', label: t('onboarding.note.label'), inputId: 'application-note' },
  ];
  const submit = form.handleSubmit(
    (values) =>
      onAdd(values.note.trim())
        .then(() => form.reset({ note: '' }))
        .catch(failure.onProblem),
    failure.onInvalid,
  );
  return (
    <form noValidate onSubmit={submit}>
      <FormErrorSummary
        errors={form.formState.errors}
        fields={fields}
        failedSubmits={failure.failedSubmits}
        problem={failure.problem}
      />
      <div className="form-stack">
        <FormTextarea
          control={form.control}
          name="note"
          id="application-note"
          label={t('onboarding.note.label')}
          hint={t('onboarding.note.hint')}
          maxLength={4000}
        />
        <div className="button-row">
          <Button type="submit" disabled={submitting}>
            {t('onboarding.note.submit')}
          </Button>
        </div>
      </div>
    </form>
  );
}
