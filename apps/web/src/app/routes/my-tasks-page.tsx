// The orders' strings first: the matching pages reuse parts of them.
import '../../features/orders/orders-strings';
import '../../features/matching/matching-strings';
import '../../features/feedback/briefing/briefing-strings';
import '../../features/feedback/participant/participant-strings';
import type { AssignmentDto } from '@kokemus/api-client';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, LoadingSpinner, TextInput } from 'suomifi-ui-components';
import { useTaskBriefings } from '../../features/feedback/briefing/api/briefings';
import { ParticipantSheetLink } from '../../features/feedback/participant/components/participant-sheet-link';
import { PARTICIPANT_LINK_DAYS_AFTER } from '../../features/feedback/participant/participant-feedback.rules';
import { useCancelAssignment } from '../../features/matching/api/cancel-assignment';
import { useCalendarFeed } from '../../features/matching/api/create-calendar-feed';
import { useAssignments } from '../../features/matching/api/list-assignments';
import { splitTasks } from '../../features/matching/matching.rules';
import { type ApiProblem, toApiProblem } from '../../shared/api/api-problem';
import { ifMatchHeader } from '../../shared/api/if-match';
import { formatTimeRange } from '../../shared/format/date';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { ReasonForm } from '../../shared/ui/reason-form';

/** An expert's own tasks, upcoming first; an own task can be cancelled with a reason. */
export function MyTasksPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const assignments = useAssignments({});
  const cancel = useCancelAssignment();
  const [cancelling, setCancelling] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const now = new Date();
  const { upcoming, past } = splitTasks(assignments.data?.items ?? [], now);
  // the briefings of my coming tasks, by time
  const briefings = useTaskBriefings({});
  const briefingOf = new Map((briefings.data?.items ?? []).map((b) => [b.occurrenceId, b]));

  /** Where the briefing of a coming task stands, as a link to read it (and mark it read). */
  const briefingLine = (a: AssignmentDto, time: string) => {
    const b = briefingOf.get(a.occurrenceId);
    if (!b || a.status === 'cancelled') return null;
    const state = b.status !== 'written' ? 'waiting' : (b.mine?.readState ?? 'unread');
    return (
      <p>
        <Link
          to="/briefings/$occurrenceId"
          params={{ occurrenceId: a.occurrenceId }}
          aria-label={`${t(`briefing.taskState.${state}`)}: ${a.title}, ${time}`}
        >
          {t(`briefing.taskState.${state}`)}
        </Link>
        {b.demanding ? (
          <>
            {' '}
            <span className="briefing-badge">{t('briefing.demanding.badge')}</span>
          </>
        ) : null}
      </p>
    );
  };

  const task = (a: AssignmentDto, canCancel: boolean) => {
    const time = formatTimeRange(a.startsAt, a.endsAt, lang);
    return (
      <li key={a.id} className="task-card">
        <h3>{a.title}</h3>
        <p>
          {time}
          {a.place ? `, ${a.place}` : ''}
        </p>
        <p>
          {a.unitName} – {t(`matching.assignmentStatus.${a.status}`)}
          {a.lateCancellation ? ` (${t('matching.assignment.late')})` : ''}
        </p>
        {briefingLine(a, time)}
        {['confirmed', 'completed'].includes(a.status) &&
        now.getTime() <= new Date(a.endsAt).getTime() + PARTICIPANT_LINK_DAYS_AFTER * 86_400_000 ? (
          <p>
            <ParticipantSheetLink occurrenceId={a.occurrenceId} what={`${a.title}, ${time}`} />
          </p>
        ) : null}
        {!canCancel && ['confirmed', 'completed'].includes(a.status) ? (
          <p>
            <Link
              to="/talk"
              search={{ task: a.id }}
              aria-label={t('matching.myTasks.talkLabel', { name: a.title, time })}
            >
              {t('matching.myTasks.talk')}
            </Link>
          </p>
        ) : null}
        {canCancel && cancelling !== a.id ? (
          <Button
            type="button"
            variant="secondary"
            aria-label={t('matching.assignment.cancelLabel', { name: a.title, time })}
            onClick={() => setCancelling(a.id)}
          >
            {t('matching.assignment.cancel')}
          </Button>
        ) : null}
        {cancelling === a.id ? (
          <>
            <p className="hint">{t('matching.myTasks.cancelHint')}</p>
            <ReasonForm
              missingText={t('orders.cancel.reasonMissing')}
              keepLabel={t('orders.cancel.keep')}
              id={`task-cancel-${a.id}`}
              label={t('matching.myTasks.cancelReason')}
              confirmLabel={t('matching.assignment.cancelConfirm')}
              pending={cancel.isPending}
              onClose={() => setCancelling(null)}
              onConfirm={(reason) => {
                setNotice(null);
                setProblem(null);
                return cancel
                  .mutateAsync({
                    path: { id: a.id },
                    headers: ifMatchHeader(a.version),
                    body: { reason },
                  })
                  .then(
                    () => {
                      setCancelling(null);
                      setNotice(t('matching.myTasks.cancelled'));
                    },
                    (error: unknown) => {
                      setProblem(toApiProblem(error));
                      throw error;
                    },
                  );
              }}
            />
          </>
        ) : null}
      </li>
    );
  };

  return (
    <Page title={t('matching.myTasks.title')}>
      <div role="status" className="notice">
        {notice ? <InlineAlert status="neutral">{notice}</InlineAlert> : null}
      </div>
      {problem ? <ProblemAlert problem={problem} /> : null}
      {assignments.isPending ? (
        <LoadingSpinner text={t('common.loading')} variant="small" />
      ) : assignments.isError ? (
        <ProblemAlert problem={toApiProblem(assignments.error)} />
      ) : (
        <>
          <section aria-labelledby="tasks-upcoming-heading">
            <Heading variant="h2" id="tasks-upcoming-heading" mb="s">
              {t('matching.myTasks.upcoming')}
            </Heading>
            {upcoming.length === 0 ? <p>{t('matching.myTasks.noneUpcoming')}</p> : null}
            <ul className="task-list">{upcoming.map((a) => task(a, true))}</ul>
          </section>
          <CalendarSection />
          <section aria-labelledby="tasks-past-heading" className="mt-m">
            <Heading variant="h2" id="tasks-past-heading" mb="s">
              {t('matching.myTasks.past')}
            </Heading>
            {past.length === 0 ? <p>{t('matching.myTasks.nonePast')}</p> : null}
            <ul className="task-list">{past.map((a) => task(a, false))}</ul>
          </section>
        </>
      )}
    </Page>
  );
}

function CalendarSection() {
  const { t } = useTranslation();
  const feed = useCalendarFeed();
  const [copied, setCopied] = useState(false);
  const url = feed.data?.url;
  return (
    <section aria-labelledby="calendar-heading" className="panel">
      <Heading variant="h2" id="calendar-heading" mb="s">
        {t('matching.calendar.heading')}
      </Heading>
      <p>{t('matching.calendar.lead')}</p>
      <Button type="button" variant="secondary" disabled={feed.isPending} onClick={() => feed.mutate({})}>
        {t('matching.calendar.create')}
      </Button>
      {feed.isError ? <ProblemAlert problem={toApiProblem(feed.error)} /> : null}
      {url ? (
        <div className="form-stack mt-m">
          <TextInput
            id="calendar-url"
            labelText={t('matching.calendar.address')}
            hintText={t('matching.calendar.hint')}
            value={url}
            readOnly
            fullWidth
          />
          <div>
            <Button
              type="button"
              onClick={() =>
                void navigator.clipboard?.writeText(url).then(
                  () => setCopied(true),
                  () => setCopied(false),
                )
              }
            >
              {t('matching.calendar.copy')}
            </Button>
          </div>
        </div>
      ) : null}
      <div role="status" className="notice">
        {copied ? <InlineAlert status="neutral">{t('matching.calendar.copied')}</InlineAlert> : null}
      </div>
    </section>
  );
}
