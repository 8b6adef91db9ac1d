import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../../../shared/api/api-problem';
import { fieldProblemMessage } from '../../../shared/api/problem-text';
import { message, translateMessage } from '../../../shared/i18n/message';
import { FormErrorSummary, type SummaryField } from '../../../shared/ui/form-error-summary';
import { FormTextInput } from '../../../shared/ui/form-text-input';
import {
  checkNewMentorship,
  emptyMentorship,
  formFieldOf,
  type NewMentorshipValues,
  TASKS_REQUIRED_MAX,
  TASKS_REQUIRED_MIN,
} from '../mentorships.rules';
import { PersonPicker } from './person-picker';

type Field = 'mentor' | 'trainee' | 'tasksRequired';
const INPUT_ID: Record<Field, string> = {
  mentor: 'mentorship-mentor',
  trainee: 'mentorship-trainee',
  tasksRequired: 'mentorship-tasks-required',
};

/**
 * Pairing a trainee with a mentor: both chosen from the registry, and how many approved tasks together
 * are asked. Checked here first (every issue on its field, in the error summary), then by the API, whose
 * refusals (not a mentor, already paired…) are shown in plain words.
 */
export function NewMentorshipForm({
  submitting,
  onSubmit,
  onCancel,
}: {
  submitting: boolean;
  onSubmit: (values: NewMentorshipValues) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<NewMentorshipValues>({ defaultValues: emptyMentorship(), shouldFocusError: false });
  const { control } = form;
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  useEffect(() => {
    const subscription = form.watch((_, { name }) => {
      if (name) form.clearErrors(name);
    });
    return () => subscription.unsubscribe();
  }, [form]);

  const labels: Record<Field, string> = {
    mentor: t('mentorships.field.mentor'),
    trainee: t('mentorships.field.trainee'),
    tasksRequired: t('mentorships.field.tasksRequired'),
  };
  const summaryFields: SummaryField<NewMentorshipValues>[] = (Object.keys(labels) as Field[]).map((name) => ({
    name,
    label: labels[name],
    inputId: INPUT_ID[name],
  }));

  const showIssues = (issues: { field: Field; message: string }[]) => {
    form.clearErrors();
    for (const issue of issues) form.setError(issue.field, { type: 'manual', message: issue.message });
  };

  const submit = async () => {
    const values = form.getValues();
    const issues = checkNewMentorship(values);
    if (issues.length) {
      showIssues(issues.map((i) => ({ field: i.field as Field, message: message(i.key, i.values) })));
      setProblem(null);
      setFailedSubmits((n) => n + 1);
      return;
    }
    setProblem(null);
    await onSubmit(values).catch((error: unknown) => {
      const p = toApiProblem(error);
      showIssues(
        Object.keys(p.fieldErrors).flatMap((apiField) => {
          const field = formFieldOf(apiField);
          return field ? [{ field, message: fieldProblemMessage(p) }] : [];
        }),
      );
      setProblem(p);
      setFailedSubmits((n) => n + 1);
    });
  };

  return (
    <form
      noValidate
      aria-labelledby="mentorship-new-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <FormErrorSummary
        errors={form.formState.errors}
        fields={summaryFields}
        failedSubmits={failedSubmits}
        problem={problem}
      />
      <div className="form-stack">
        {(['mentor', 'trainee'] as const).map((kind) => (
          <Controller
            key={kind}
            control={control}
            name={kind}
            render={({ field, fieldState }) => (
              <PersonPicker
                id={INPUT_ID[kind]}
                kind={kind}
                legend={labels[kind]}
                hint={t(`mentorships.new.hint.${kind}`)}
                value={field.value}
                onChange={field.onChange}
                error={fieldState.error ? translateMessage(t, fieldState.error.message) : undefined}
              />
            )}
          />
        ))}
        <FormTextInput
          control={control}
          name="tasksRequired"
          id={INPUT_ID.tasksRequired}
          label={labels.tasksRequired}
          hint={t('mentorships.new.hint.tasksRequired', { min: TASKS_REQUIRED_MIN, max: TASKS_REQUIRED_MAX })}
          inputMode="numeric"
        />
        <div className="button-row">
          <Button type="submit" disabled={submitting}>
            {t('mentorships.new.submit')}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </div>
    </form>
  );
}
