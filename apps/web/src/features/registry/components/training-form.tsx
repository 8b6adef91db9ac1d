import { zodResolver } from '@hookform/resolvers/zod';
import type { CreateTrainingRecordDto } from '@kokemus/api-client';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import * as z from 'zod';
import { parseDate } from '../../../shared/format/date';
import { message } from '../../../shared/i18n/message';
import { zodMessages } from '../../../shared/i18n/zod-messages';
import { FormCheckbox } from '../../../shared/ui/form-checkbox';
import { FormErrorSummary, type SummaryField } from '../../../shared/ui/form-error-summary';
import { FormTextInput } from '../../../shared/ui/form-text-input';
import { useFormFailure } from '../../../shared/ui/use-form-failure';

const trainingSchema = z.object({
  course: z.string().trim().min(1).max(200),
  hours: z
    .string()
    .refine(
      (v) => /^\d+([.,]\d)?$/.test(v.trim()) && Number(v.replace(',', '.')) <= 2000,
      message('registry.validation.hours'),
    ),
  completedOn: z.string().refine((v) => parseDate(v) !== null, message('registry.validation.date')),
  provider: z.string().max(200),
  mentorTraining: z.boolean(),
});
type TrainingValues = z.input<typeof trainingSchema>;
const FIELDS = ['course', 'hours', 'completedOn', 'provider'] as const;

export function TrainingForm({
  submitting,
  onSubmit,
}: {
  submitting: boolean;
  onSubmit: (body: CreateTrainingRecordDto) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const form = useForm<TrainingValues>({
    shouldFocusError: false,
    resolver: zodResolver(trainingSchema, { error: zodMessages() }),
    defaultValues: { course: '', hours: '', completedOn: '', provider: '', mentorTraining: false },
  });
  const failure = useFormFailure(form.setError, FIELDS);
  const fields: SummaryField<TrainingValues>[] = [
    { name: 'course', label: t('registry.training.course'), inputId: 'training-course' },
    { name: 'hours', label: t('registry.training.hours'), inputId: 'training-hours' },
    { name: 'completedOn', label: t('registry.training.completedOn'), inputId: 'training-completed' },
    { name: 'provider', label: t('registry.training.provider'), inputId: 'training-provider' },
  ];
  const submit = form.handleSubmit(
    (values) =>
      onSubmit({
        course: values.course.trim(),
        hours: Number(values.hours.replace(',', '.')),
        completedOn: parseDate(values.completedOn)!,
        provider: values.provider.trim() || null,
        mentorTraining: values.mentorTraining,
      })
        .then(() => form.reset())
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
        <FormTextInput
          control={form.control}
          name="course"
          id="training-course"
          label={t('registry.training.course')}
        />
        <FormTextInput
          control={form.control}
          name="hours"
          id="training-hours"
          inputMode="decimal"
          label={t('registry.training.hours')}
        />
        <FormTextInput
          control={form.control}
          name="completedOn"
          id="training-completed"
          label={t('registry.training.completedOn')}
          hint={t('registry.dateHint')}
        />
        <FormTextInput
          control={form.control}
          name="provider"
          id="training-provider"
          label={t('registry.training.provider')}
          optional
        />
        <FormCheckbox
          control={form.control}
          name="mentorTraining"
          id="training-mentor"
          label={t('registry.training.mentorTraining')}
        />
        <div className="button-row">
          <Button type="submit" disabled={submitting}>
            {t('registry.training.add')}
          </Button>
        </div>
      </div>
    </form>
  );
}
