import type { ReportBackDto } from '@kokemus/api-client';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Textarea } from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../../../shared/api/api-problem';
import { ProblemAlert } from '../../../shared/ui/problem-alert';
import { useNoteReportBack } from '../api/report-backs';

const NOTE_MAX = 4000;

/** The coordinator's own words to the expert on a report-back; empty takes them away. */
export function ReportBackNoteForm({ reportBack }: { reportBack: ReportBackDto }) {
  const { t } = useTranslation();
  const save = useNoteReportBack(reportBack.id);
  const [note, setNote] = useState(reportBack.coordinatorNote ?? '');
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  return (
    <form
      noValidate
      className="form-stack mt-m"
      aria-labelledby="report-back-note-form"
      onSubmit={(event) => {
        event.preventDefault();
        setProblem(null);
        setSaved(false);
        if (note.length > NOTE_MAX) {
          setError(t('feedback.reportBacks.validation.noteTooLong', { max: NOTE_MAX }));
          document.getElementById('report-back-note-text')?.focus();
          return;
        }
        save.mutate(
          { path: { id: reportBack.id }, body: { note } },
          {
            onSuccess: () => {
              setSaved(true);
              requestAnimationFrame(() => statusRef.current?.focus());
            },
            onError: (e) => {
              const p = toApiProblem(e);
              setProblem(p);
              if (p.errors?.note?.length) {
                setError(t('feedback.reportBacks.validation.noteInvalid'));
                document.getElementById('report-back-note-text')?.focus();
              }
            },
          },
        );
      }}
    >
      <h2 id="report-back-note-form">{t('feedback.reportBacks.noteFormHeading')}</h2>
      {problem ? <ProblemAlert problem={problem} /> : null}
      <Textarea
        id="report-back-note-text"
        labelText={t('feedback.reportBacks.noteLabel')}
        hintText={t('feedback.reportBacks.noteHint')}
        value={note}
        onChange={(event) => {
          setNote(event.target.value);
          setError(null);
        }}
        status={error ? 'error' : 'default'}
        statusText={error ?? ''}
        resize="vertical"
        fullWidth
      />
      <div className="button-row">
        <Button type="submit" disabled={save.isPending}>
          {t('feedback.reportBacks.noteSave')}
        </Button>
      </div>
      <div role="status" className="notice" ref={statusRef} tabIndex={-1}>
        {saved ? t('feedback.reportBacks.noteSaved') : ''}
      </div>
    </form>
  );
}
