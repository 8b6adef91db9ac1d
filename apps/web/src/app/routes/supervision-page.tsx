import '../../features/feedback/supervision/supervision-strings';
import { Link, useRouteContext } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, LoadingSpinner } from 'suomifi-ui-components';
import { useSupervisionSessions } from '../../features/feedback/supervision/api/supervision-sessions';
import { SessionList } from '../../features/feedback/supervision/components/session-list';
import { addDays } from '../../features/feedback/supervision/supervision-form.rules';
import { toApiProblem } from '../../shared/api/api-problem';
import { helsinkiDate } from '../../shared/format/date';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/** "Työnohjaus": an expert's own sessions (the coming ones first), a coordinator's from today on. */
export function SupervisionPage() {
  const { t } = useTranslation();
  const { user } = useRouteContext({ from: '/authenticated/supervision' });
  const coordinator = user.roles.includes('coordinator');
  return coordinator ? (
    <Page title={t('supervision.title')} lead={<p>{t('supervision.leadCoordinator')}</p>}>
      <p>
        <Link to="/supervision/new" className="button-link">
          {t('supervision.new')}
        </Link>
      </p>
      <CoordinatorSessions />
    </Page>
  ) : (
    <Page title={t('supervision.title')} lead={<p>{t('supervision.leadExpert')}</p>}>
      <ExpertSessions />
    </Page>
  );
}

function ExpertSessions() {
  const { t } = useTranslation();
  const today = helsinkiDate();
  const upcoming = useSupervisionSessions({ from: today, limit: 50 });
  const earlier = useSupervisionSessions({ to: addDays(today, -1), limit: 50 });
  return (
    <>
      <h2>{t('supervision.upcoming')}</h2>
      {upcoming.isPending ? (
        <LoadingSpinner text={t('common.loading')} variant="small" />
      ) : upcoming.isError ? (
        <ProblemAlert problem={toApiProblem(upcoming.error)} />
      ) : upcoming.data.items.length === 0 ? (
        <p>{t('supervision.noneUpcoming')}</p>
      ) : (
        <SessionList items={upcoming.data.items} forExpert label={t('supervision.upcoming')} />
      )}
      <h2 className="mt-m">{t('supervision.earlier')}</h2>
      {earlier.isPending ? (
        <LoadingSpinner text={t('common.loading')} variant="small" />
      ) : earlier.isError ? (
        <ProblemAlert problem={toApiProblem(earlier.error)} />
      ) : earlier.data.items.length === 0 ? (
        <p>{t('supervision.noneEarlier')}</p>
      ) : (
        // the API gives the soonest first: the latest of the earlier ones is the nearest to today
        <SessionList items={[...earlier.data.items].reverse()} forExpert label={t('supervision.earlier')} />
      )}
    </>
  );
}

function CoordinatorSessions() {
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  const from = helsinkiDate();
  return (
    <>
      {cursors.map((cursor) => (
        <CoordinatorPage
          key={cursor ?? 'first'}
          from={from}
          cursor={cursor}
          onMore={(next) => setCursors((c) => [...c, next])}
        />
      ))}
    </>
  );
}

/** One page of sessions; "show more" asks for the next with the cursor. */
function CoordinatorPage({
  from,
  cursor,
  onMore,
}: {
  from: string;
  cursor?: string;
  onMore: (next: string) => void;
}) {
  const { t } = useTranslation();
  const page = useSupervisionSessions({ from, cursor });
  const [asked, setAsked] = useState(false);
  if (page.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  if (page.isError) return <ProblemAlert problem={toApiProblem(page.error)} />;
  return (
    <>
      {page.data.items.length === 0 && !cursor ? (
        <p>{t('supervision.none')}</p>
      ) : (
        <SessionList items={page.data.items} forExpert={false} label={t('supervision.title')} />
      )}
      {page.data.nextCursor && !asked ? (
        <Button
          type="button"
          variant="secondary"
          className="mt-m"
          onClick={() => {
            setAsked(true);
            onMore(page.data.nextCursor!);
          }}
        >
          {t('supervision.more')}
        </Button>
      ) : null}
    </>
  );
}
