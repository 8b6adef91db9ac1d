import type { MentoredTaskDto, MentorshipDto } from '@kokemus/api-client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, RadioButton, RadioButtonGroup, Textarea } from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../../../shared/api/api-problem';
import { formatDateTime } from '../../../shared/format/date';
import { translateMessage, message } from '../../../shared/i18n/message';
import { ProblemAlert } from '../../../shared/ui/problem-alert';
import { useAssessMentoredTask } from '../api/assess-mentored-task';
import { type AssessmentValues, checkAssessment } from '../mentorships.rules';

/**
 * One task done together, waiting for the mentor's word: approved or not, and a short note on what went
 * well and what to practise. Both are asked; the first thing missing takes the focus.
 */
export function AssessForm({
  mentorship,
  task,
  onAssessed,
}: {
  mentorship: MentorshipDto;
  task: MentoredTaskDto;
  /** After the save: the form is gone (the task moved to the assessments), so the page says so. */
  onAssessed: (title: string, approved: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const assess = useAssessMentoredTask();
  const [values, setValues] = useState<AssessmentValues>({ approved: '', note: '' });
  const [errors, setErrors] = useState<Partial<Record<'approved' | 'note', string>>>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const base = `mentorship-assess-${task.assignmentId}`;
  const title = task.title ?? t('mentorships.task.untitled');
  const headingId = `${base}-heading`;

  const submit = () => {
    const issues = checkAssessment(values);
    const next = Object.fromEntries(issues.map((i) => [i.field, message(i.key, i.values)]));
    setErrors(next);
    setProblem(null);
    if (issues.length) {
      document.getElementById(issues[0].field === 'approved' ? `${base}-yes` : `${base}-note`)?.focus();
      return;
    }
    assess.mutate(
      {
        path: { id: mentorship.id },
        body: {
          assignmentId: task.assignmentId,
          approved: values.approved === 'yes',
          note: values.note.trim(),
        },
      },
      {
        onSuccess: () => onAssessed(title, values.approved === 'yes'),
        onError: (error) => setProblem(toApiProblem(error)),
      },
    );
  };

  return (
    <li className="mentorship-task">
      <form
        noValidate
        aria-labelledby={headingId}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <h3 className="mentorship-task-title" id={headingId}>
          {title}
        </h3>
        <p className="hint">{formatDateTime(task.startsAt, i18n.language)}</p>
        <div className="form-stack">
          {problem ? <ProblemAlert problem={problem} /> : null}
          <RadioButtonGroup
            id={`${base}-approved`}
            name={`${base}-approved`}
            labelText={t('mentorships.assess.approvedLabel', { task: title })}
            value={values.approved}
            onChange={(value) => {
              setValues((v) => ({ ...v, approved: value as AssessmentValues['approved'] }));
              setErrors((e) => ({ ...e, approved: undefined }));
            }}
            groupStatus={errors.approved ? 'error' : 'default'}
            groupStatusText={translateMessage(t, errors.approved)}
          >
            <RadioButton value="yes" id={`${base}-yes`}>
              {t('mentorships.assess.yes')}
            </RadioButton>
            <RadioButton value="no" id={`${base}-no`}>
              {t('mentorships.assess.no')}
            </RadioButton>
          </RadioButtonGroup>
          <Textarea
            id={`${base}-note`}
            labelText={t('mentorships.assess.noteLabel')}
            hintText={t('mentorships.assess.noteHint')}
            value={values.note}
            onChange={(event) => {
              const note = event.target.value;
              setValues((v) => ({ ...v, note }));
              setErrors((e) => ({ ...e, note: undefined }));
            }}
            status={errors.note ? 'error' : 'default'}
            statusText={translateMessage(t, errors.note)}
            resize="vertical"
            fullWidth
          />
          <div className="button-row">
            <Button type="submit" disabled={assess.isPending}>
              {t('mentorships.assess.submit')}
            </Button>
          </div>
        </div>
      </form>
    </li>
  );
}
