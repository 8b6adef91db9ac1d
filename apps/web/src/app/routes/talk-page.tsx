import '../../features/feedback/feedback-strings';
import { getRouteApi } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineAlert, LoadingSpinner } from 'suomifi-ui-components';
import { useDebriefRequests } from '../../features/feedback/api/debrief-requests';
import { DebriefForm } from '../../features/feedback/components/debrief-form';
import { DebriefList } from '../../features/feedback/components/debrief-list';
import { toApiProblem } from '../../shared/api/api-problem';
import { formatDateTime } from '../../shared/format/date';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const route = getRouteApi('/authenticated/talk');

/** The tasks of the last eight weeks, to choose from. */
function eightWeeksAgo(): string {
  return new Date(Date.now() - 56 * 86_400_000).toISOString().slice(0, 10);
}

/** "Haluan jutella jonkun kanssa": the expert asks for a talk, and sees their earlier requests. Phone first. */
export function TalkPage() {
  const { t, i18n } = useTranslation();
  const { task } = route.useSearch();
  const mine = useDebriefRequests();
  const [sentDue, setSentDue] = useState<string | null>(null);
  const sentRef = useRef<HTMLDivElement>(null);
  return (
    <Page title={t('feedback.talk.title')} lead={<p>{t('feedback.talk.lead')}</p>}>
      <p className="debrief-urgent">{t('feedback.talk.urgent')}</p>
      <div ref={sentRef} tabIndex={-1}>
        {sentDue ? (
          <InlineAlert status="neutral" className="mb-m">
            {t('feedback.talk.sent', { due: formatDateTime(sentDue, i18n.language) })}
          </InlineAlert>
        ) : null}
      </div>
      <DebriefForm
        since={eightWeeksAgo()}
        initialTask={task}
        onSent={(d) => {
          setSentDue(d.dueAt);
          requestAnimationFrame(() => sentRef.current?.focus());
        }}
      />
      <h2 className="mt-m">{t('feedback.talk.mine')}</h2>
      {mine.isPending ? (
        <LoadingSpinner text={t('common.loading')} variant="small" />
      ) : mine.isError ? (
        <ProblemAlert problem={toApiProblem(mine.error)} />
      ) : mine.data.items.length === 0 ? (
        <p>{t('feedback.talk.none')}</p>
      ) : (
        <DebriefList items={mine.data.items} forCoordinator={false} />
      )}
    </Page>
  );
}
