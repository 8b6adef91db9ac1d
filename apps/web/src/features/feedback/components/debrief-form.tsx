import type { DebriefContact, DebriefRequestDto } from '@kokemus/api-client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, RadioButton, RadioButtonGroup, Textarea } from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../../../shared/api/api-problem';
import { formatDateTime } from '../../../shared/format/date';
import { ProblemAlert } from '../../../shared/ui/problem-alert';
import { useCreateDebriefRequest } from '../api/debrief-requests';
import { useMyRecentTasks } from '../api/my-recent-tasks';

const CONTACTS: DebriefContact[] = ['phone', 'meeting', 'message'];

/**
 * "I would like to talk to someone": how to be reached (asked), which task (optional), a few words
 * (optional). Plain words, big targets; after sending, the page says by when someone calls.
 */
export function DebriefForm({
  since,
  initialTask,
  onSent,
}: {
  since: string;
  /** The task chosen already (from the task's own "I would like to talk about this"). */
  initialTask?: string;
  onSent: (d: DebriefRequestDto) => void;
}) {
  const { t, i18n } = useTranslation();
  const create = useCreateDebriefRequest();
  const tasks = useMyRecentTasks(since);
  const [contact, setContact] = useState<DebriefContact | ''>('');
  const [assignmentId, setAssignmentId] = useState(initialTask ?? '');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  const submit = () => {
    setProblem(null);
    if (!contact) {
      setError(t('feedback.talk.validation.contact'));
      document.getElementById('debrief-contact-phone')?.focus();
      return;
    }
    setError(null);
    create.mutate(
      { body: { contact, assignmentId: assignmentId || null, message: text.trim() || undefined } },
      {
        onSuccess: (d) => {
          setContact('');
          setAssignmentId('');
          setText('');
          onSent(d);
        },
        onError: (e) => setProblem(toApiProblem(e)),
      },
    );
  };

  return (
    <form
      noValidate
      aria-label={t('feedback.talk.title')}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="form-stack">
        {problem ? <ProblemAlert problem={problem} /> : null}
        <RadioButtonGroup
          id="debrief-contact"
          name="debrief-contact"
          labelText={t('feedback.talk.contactLabel')}
          value={contact}
          onChange={(value) => {
            setContact(value as DebriefContact);
            setError(null);
          }}
          groupStatus={error ? 'error' : 'default'}
          groupStatusText={error ?? ''}
        >
          {CONTACTS.map((c) => (
            <RadioButton key={c} value={c} id={`debrief-contact-${c}`}>
              {t(`feedback.talk.contact.${c}`)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
        <div className="feedback-select">
          <label htmlFor="debrief-task">{t('feedback.talk.taskLabel')}</label>
          <select id="debrief-task" value={assignmentId} onChange={(e) => setAssignmentId(e.target.value)}>
            <option value="">{t('feedback.talk.taskNone')}</option>
            {(tasks.data?.items ?? []).map((a) => (
              <option key={a.id} value={a.id}>
                {`${a.title} – ${formatDateTime(a.startsAt, i18n.language)}`}
              </option>
            ))}
          </select>
        </div>
        <Textarea
          id="debrief-message"
          labelText={t('feedback.talk.messageLabel')}
          hintText={t('feedback.talk.messageHint')}
          value={text}
          maxLength={2000}
          onChange={(event) => setText(event.target.value)}
          resize="vertical"
          fullWidth
        />
        <div className="button-row">
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? t('feedback.talk.sending') : t('feedback.talk.send')}
          </Button>
        </div>
      </div>
    </form>
  );
}
