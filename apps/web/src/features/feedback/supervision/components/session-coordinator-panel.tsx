import type { SupervisionSessionDto } from '@kokemus/api-client';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox } from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../../../../shared/api/api-problem';
import { ifMatchHeader } from '../../../../shared/api/if-match';
import { ProblemAlert } from '../../../../shared/ui/problem-alert';
import {
  useCancelSupervisionSession,
  useMarkSupervisionAttendance,
  useSupervisionChanged,
} from '../api/supervision-sessions';

/** A conflict (409) or someone else's change (412): the session is read again and the page says so. */
const RELOAD_STATUSES = new Set([409, 412, 428]);

/**
 * The coordinator's part of a session: who is in it, whether they came (marked once it has started, with
 * If-Match), and calling it off before it starts (with a confirmation). A stale version reloads the session.
 */
export function SessionCoordinatorPanel({ session }: { session: SupervisionSessionDto }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [notice, setNotice] = useState('');
  const problemRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const changed = useSupervisionChanged();

  const onProblem = (error: unknown) => {
    const p = toApiProblem(error);
    setNotice('');
    setProblem(p);
    if (RELOAD_STATUSES.has(p.status)) void changed(session.id);
    requestAnimationFrame(() => problemRef.current?.focus());
  };
  const onDone = (text: string) => {
    setProblem(null);
    setNotice(text);
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  const canMark = session.allowedActions.includes('attendance');
  const canCancel = session.allowedActions.includes('cancel');

  return (
    <div className="form-stack">
      {problem ? <ProblemAlert problem={problem} ref={problemRef} /> : null}
      <div role="status" className="notice supervision-notice" ref={noticeRef} tabIndex={-1}>
        {notice}
      </div>
      {canMark ? (
        // a new version (saved, or reloaded after a conflict) starts the ticks again from what was saved
        <AttendanceForm
          key={session.version}
          session={session}
          onDone={() => onDone(t('supervision.attendance.saved'))}
          onProblem={onProblem}
        />
      ) : (
        <section aria-labelledby="supervision-participants">
          <h2 id="supervision-participants">{t('supervision.participants')}</h2>
          <ul className="plain-list supervision-people">
            {session.participants.map((p) => (
              <li key={p.expertId}>
                <span>{p.expertName}</span>
                <span>
                  {p.attended === null
                    ? t('supervision.attendance.notMarked')
                    : t(p.attended ? 'supervision.attendance.yes' : 'supervision.attendance.no')}
                </span>
              </li>
            ))}
          </ul>
          {session.status === 'upcoming' ? <p>{t('supervision.attendance.before')}</p> : null}
        </section>
      )}
      {canCancel ? (
        <CancelSession
          session={session}
          onDone={() => onDone(t('supervision.cancel.done'))}
          onProblem={onProblem}
        />
      ) : null}
    </div>
  );
}

function AttendanceForm({
  session,
  onDone,
  onProblem,
}: {
  session: SupervisionSessionDto;
  onDone: () => void;
  onProblem: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const mark = useMarkSupervisionAttendance(session.id);
  const [came, setCame] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(session.participants.map((p) => [p.expertId, p.attended === true])),
  );
  return (
    <form
      noValidate
      aria-labelledby="supervision-attendance"
      onSubmit={(event) => {
        event.preventDefault();
        mark.mutate(
          {
            path: { id: session.id },
            headers: ifMatchHeader(session),
            body: {
              attendance: session.participants.map((p) => ({
                expertId: p.expertId,
                attended: came[p.expertId] ?? false,
              })),
            },
          },
          { onSuccess: onDone, onError: onProblem },
        );
      }}
    >
      <fieldset className="supervision-fieldset">
        <legend>
          <h2 id="supervision-attendance">{t('supervision.attendance.title')}</h2>
        </legend>
        <p>{t('supervision.attendance.hint')}</p>
        <ul className="plain-list supervision-people">
          {session.participants.map((p) => (
            <li key={p.expertId}>
              <Checkbox
                id={`supervision-came-${p.expertId}`}
                checked={came[p.expertId] ?? false}
                onClick={({ checkboxState }) => setCame((c) => ({ ...c, [p.expertId]: checkboxState }))}
              >
                {p.expertName}
              </Checkbox>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="button-row mt-m">
        <Button type="submit" disabled={mark.isPending}>
          {mark.isPending ? t('supervision.attendance.saving') : t('supervision.attendance.save')}
        </Button>
      </div>
    </form>
  );
}

function CancelSession({
  session,
  onDone,
  onProblem,
}: {
  session: SupervisionSessionDto;
  onDone: () => void;
  onProblem: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const cancel = useCancelSupervisionSession(session.id);
  const [asking, setAsking] = useState(false);
  const askRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  if (!asking)
    return (
      <div className="button-row">
        <Button
          type="button"
          variant="secondary"
          ref={buttonRef}
          onClick={() => {
            setAsking(true);
            requestAnimationFrame(() => askRef.current?.focus());
          }}
        >
          {t('supervision.cancel.button')}
        </Button>
      </div>
    );
  return (
    <div role="group" aria-labelledby="supervision-cancel-question" className="form-stack">
      <p id="supervision-cancel-question" ref={askRef} tabIndex={-1} className="supervision-notice">
        <strong>{t('supervision.cancel.confirm')}</strong>
      </p>
      <div className="button-row">
        <Button
          type="button"
          disabled={cancel.isPending}
          onClick={() =>
            cancel.mutate(
              { path: { id: session.id }, headers: ifMatchHeader(session) },
              {
                onSuccess: onDone,
                onError: (e) => {
                  setAsking(false);
                  onProblem(e);
                },
              },
            )
          }
        >
          {t('supervision.cancel.yes')}
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            setAsking(false);
            requestAnimationFrame(() => buttonRef.current?.focus());
          }}
        >
          {t('supervision.cancel.no')}
        </Button>
      </div>
    </div>
  );
}
