import { useEffect, useState } from 'react';
import { type Path, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../../../shared/api/api-problem';
import { fieldProblemMessage } from '../../../shared/api/problem-text';
import { message } from '../../../shared/i18n/message';
import { FormErrorSummary, type SummaryField } from '../../../shared/ui/form-error-summary';
import { FormRadioGroup } from '../../../shared/ui/form-radio-group';
import { FormTextInput } from '../../../shared/ui/form-text-input';
import { checkCourse, COURSE_KINDS, type CourseFormValues, emptyCourse, formFieldOf } from '../courses.rules';
import { CourseSessionFields, sessionInputId } from './course-session-fields';

const FIELDS = ['name', 'organiser', 'kind', 'startsOn', 'endsOn', 'hours', 'capacity', 'place'] as const;
type Field = (typeof FIELDS)[number];

function inputIdOf(field: Field): string {
  return field === 'kind' ? 'course-kind' : `course-${field}`;
}

/**
 * A new course: what, who organises it, its days and the hours it gives, and its sessions as a list.
 * Checked here first (every issue on its field, in the error summary), then by the API.
 */
export function CourseForm({
  submitting,
  onSubmit,
  onCancel,
}: {
  submitting: boolean;
  onSubmit: (values: CourseFormValues) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<CourseFormValues>({ defaultValues: emptyCourse(), shouldFocusError: false });
  const { control } = form;
  const sessions = useFieldArray({ control, name: 'sessions' });
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  // A field the person changes loses its error at once; the summary keeps what is still to fix.
  useEffect(() => {
    const subscription = form.watch((_, { name }) => {
      if (name) form.clearErrors(name);
    });
    return () => subscription.unsubscribe();
  }, [form]);

  const labels: Record<Field, string> = {
    name: t('courses.field.name'),
    organiser: t('courses.field.organiser'),
    kind: t('courses.field.kind'),
    startsOn: t('courses.field.startsOn'),
    endsOn: t('courses.field.endsOn'),
    hours: t('courses.field.hours'),
    capacity: t('courses.field.capacity'),
    place: t('courses.field.place'),
  };
  const sessionLabels = {
    date: t('courses.sessions.date'),
    startTime: t('courses.sessions.startTime'),
    endTime: t('courses.sessions.endTime'),
    topic: t('courses.sessions.topic'),
  };
  const summaryFields: SummaryField<CourseFormValues>[] = [
    ...FIELDS.map((name) => ({ name, label: labels[name], inputId: inputIdOf(name) })),
    ...sessions.fields.flatMap((_, i) =>
      (Object.keys(sessionLabels) as Array<keyof typeof sessionLabels>).map((part) => ({
        name: `sessions.${i}.${part}` as Path<CourseFormValues>,
        label: `${t('courses.sessions.legend', { n: i + 1 })}: ${sessionLabels[part]}`,
        inputId: sessionInputId(i, part),
      })),
    ),
  ];

  const showIssues = (issues: { field: string; message: string }[]) => {
    form.clearErrors();
    for (const issue of issues)
      form.setError(issue.field as Path<CourseFormValues>, { type: 'manual', message: issue.message });
  };

  const submit = async () => {
    const values = form.getValues();
    const issues = checkCourse(values);
    if (issues.length) {
      showIssues(issues.map((i) => ({ field: i.field, message: message(i.key, i.values) })));
      setProblem(null);
      setFailedSubmits((n) => n + 1);
      return;
    }
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
        <FormTextInput control={control} name="name" id={inputIdOf('name')} label={labels.name} />
        <FormTextInput
          control={control}
          name="organiser"
          id={inputIdOf('organiser')}
          label={labels.organiser}
        />
        <FormRadioGroup
          control={control}
          name="kind"
          id={inputIdOf('kind')}
          label={labels.kind}
          choices={COURSE_KINDS.map((kind) => ({
            value: kind,
            label: t(`courses.kind.${kind}`),
            hint: t(`courses.kindHint.${kind}`),
          }))}
        />
        <FormTextInput
          control={control}
          name="startsOn"
          id={inputIdOf('startsOn')}
          label={labels.startsOn}
          hint={t('courses.hint.date')}
        />
        <FormTextInput
          control={control}
          name="endsOn"
          id={inputIdOf('endsOn')}
          label={labels.endsOn}
          hint={t('courses.hint.date')}
        />
        <FormTextInput
          control={control}
          name="hours"
          id={inputIdOf('hours')}
          label={labels.hours}
          hint={t('courses.hint.hours')}
          inputMode="numeric"
        />
        <FormTextInput
          control={control}
          name="capacity"
          id={inputIdOf('capacity')}
          label={labels.capacity}
          hint={t('courses.hint.capacity')}
          inputMode="numeric"
        />
        <FormTextInput control={control} name="place" id={inputIdOf('place')} label={labels.place} optional />
        <fieldset className="slot-fieldset">
          <legend>{t('courses.sessions.heading')}</legend>
          <p className="hint">{t('courses.sessions.lead')}</p>
          <CourseSessionFields
            control={control}
            sessions={sessions}
            getValues={form.getValues}
            labels={sessionLabels}
          />
        </fieldset>
        <div className="button-row">
          <Button type="submit" disabled={submitting}>
            {t('courses.new.submit')}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </div>
    </form>
  );
}
