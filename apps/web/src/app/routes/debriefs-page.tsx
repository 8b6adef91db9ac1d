import '../../features/feedback/feedback-strings';
import type { DebriefRequestDto } from '@kokemus/api-client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, LoadingSpinner } from 'suomifi-ui-components';
import { useDebriefRequests } from '../../features/feedback/api/debrief-requests';
import { DebriefList } from '../../features/feedback/components/debrief-list';
import { toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/** One page of the inbox; "show more" asks for the next with the cursor. */
function InboxPage({ cursor, onMore }: { cursor?: string; onMore: (next: string) => void }) {
  const { t } = useTranslation();
  const page = useDebriefRequests({ cursor });
  const [asked, setAsked] = useState(false);
  if (page.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  if (page.isError) return <ProblemAlert problem={toApiProblem(page.error)} />;
  const items: DebriefRequestDto[] = page.data.items;
  return (
    <>
      {items.length === 0 && !cursor ? (
        <p>{t('feedback.debriefs.none')}</p>
      ) : (
        <DebriefList items={items} forCoordinator />
      )}
      {page.data.nextCursor && !asked ? (
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            setAsked(true);
            onMore(page.data.nextCursor!);
          }}
        >
          {t('feedback.debriefs.more')}
        </Button>
      ) : null}
    </>
  );
}

/** The coordinators' requests to talk: the open first, the late marked. */
export function DebriefsPage() {
  const { t } = useTranslation();
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  return (
    <Page title={t('feedback.debriefs.title')} lead={<p>{t('feedback.debriefs.lead')}</p>}>
      {cursors.map((cursor) => (
        <InboxPage
          key={cursor ?? 'first'}
          cursor={cursor}
          onMore={(next) => setCursors((c) => [...c, next])}
        />
      ))}
    </Page>
  );
}
