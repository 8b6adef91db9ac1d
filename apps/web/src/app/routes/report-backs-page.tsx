import '../../features/feedback/feedback-strings';
import type { ReportBackDto } from '@kokemus/api-client';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, LoadingSpinner } from 'suomifi-ui-components';
import { useReportBacks } from '../../features/feedback/api/report-backs';
import { toApiProblem } from '../../shared/api/api-problem';
import { formatDateTime } from '../../shared/format/date';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const route = getRouteApi('/authenticated/what-my-tasks-gave');

function ReportBackList({ items, mine }: { items: ReportBackDto[]; mine: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="plain-list" data-testid="report-back-list">
      {items.map((r) => (
        <li key={r.id} className="feedback-request-item">
          <p>
            <Link to="/what-my-tasks-gave/$reportBackId" params={{ reportBackId: r.id }}>
              {r.task.title}
            </Link>
          </p>
          <p className="hint">
            {[
              formatDateTime(r.task.startsAt, i18n.language),
              mine ? r.unitName : `${r.expertName} · ${r.unitName}`,
            ].join(' · ')}
          </p>
          <p>
            {t('feedback.reportBacks.participantCount', { count: r.participants.answerCount })}
            {r.orderer.answered ? ` · ${t('feedback.reportBacks.unitAnswered')}` : ''}
            {r.coordinatorNote ? ` · ${t('feedback.reportBacks.hasNote')}` : ''}
          </p>
        </li>
      ))}
    </ul>
  );
}

function ReportBacksPart({
  mine,
  cursor,
  onMore,
}: {
  mine: boolean;
  cursor?: string;
  onMore: (next: string) => void;
}) {
  const { t } = useTranslation();
  const page = useReportBacks(mine, cursor);
  const [asked, setAsked] = useState(false);
  if (page.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  if (page.isError) return <ProblemAlert problem={toApiProblem(page.error)} />;
  const { items, nextCursor } = page.data;
  return (
    <>
      {items.length === 0 && !cursor ? (
        <p className="empty-state">{t('feedback.reportBacks.none')}</p>
      ) : (
        <ReportBackList items={items} mine={mine} />
      )}
      {nextCursor && !asked ? (
        <Button
          type="button"
          variant="secondary"
          className="load-more"
          onClick={() => {
            setAsked(true);
            onMore(nextCursor);
          }}
        >
          {t('feedback.requests.more')}
        </Button>
      ) : null}
    </>
  );
}

/**
 * "What my tasks gave": for the expert, what each task's unit and participants said once its feedback
 * closed; for a coordinator, every expert's, to add their own words.
 */
export function ReportBacksPage() {
  const { t } = useTranslation();
  const { user } = route.useRouteContext();
  const mine = !user.roles.includes('coordinator');
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  return (
    <Page
      title={t(mine ? 'feedback.reportBacks.title' : 'feedback.reportBacks.titleAll')}
      lead={<p>{t(mine ? 'feedback.reportBacks.lead' : 'feedback.reportBacks.leadAll')}</p>}
    >
      <p>
        <Link to="/feedback">{t('feedback.requests.back')}</Link>
      </p>
      {cursors.map((cursor) => (
        <ReportBacksPart
          key={cursor ?? 'first'}
          mine={mine}
          cursor={cursor}
          onMore={(next) => setCursors((c) => [...c, next])}
        />
      ))}
    </Page>
  );
}
