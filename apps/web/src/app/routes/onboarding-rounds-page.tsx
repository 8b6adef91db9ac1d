import '../../features/onboarding/onboarding-strings';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, LoadingSpinner, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useCreateRecruitmentRound } from '../../features/onboarding/api/create-recruitment-round';
import { useRecruitmentRounds } from '../../features/onboarding/api/list-recruitment-rounds';
import { RoundForm } from '../../features/onboarding/components/round-form';
import { RoundList } from '../../features/onboarding/components/round-list';
import { toApiProblem } from '../../shared/api/api-problem';
import { helsinkiDate } from '../../shared/format/date';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/** Recruitment rounds: when the public form takes applications, and how many. */
export function OnboardingRoundsPage() {
  const { t } = useTranslation();
  const rounds = useRecruitmentRounds();
  const create = useCreateRecruitmentRound();
  const [notice, setNotice] = useState<string | null>(null);
  const today = helsinkiDate();
  const items = rounds.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Page
      title={t('onboarding.rounds.title')}
      lead={<Paragraph mb="m">{t('onboarding.rounds.lead')}</Paragraph>}
    >
      <Paragraph mb="m">
        <RouterLink asComponent={Link} to="/onboarding">
          {t('onboarding.backToBoard')}
        </RouterLink>
      </Paragraph>
      <div role="status" className="notice">
        {notice ? <InlineAlert status="neutral">{notice}</InlineAlert> : null}
      </div>
      <section aria-labelledby="rounds-heading" className="panel">
        <Heading variant="h2" id="rounds-heading" mb="s">
          {t('onboarding.rounds.heading')}
        </Heading>
        {rounds.isPending ? <LoadingSpinner text={t('common.loading')} variant="small" /> : null}
        {rounds.isError ? <ProblemAlert problem={toApiProblem(rounds.error)} /> : null}
        {rounds.data && items.length === 0 ? <Paragraph>{t('onboarding.rounds.none')}</Paragraph> : null}
        {items.length > 0 ? <RoundList rounds={items} today={today} labelledBy="rounds-heading" /> : null}
        {rounds.hasNextPage ? (
          <div className="load-more">
            <Button
              variant="secondary"
              disabled={rounds.isFetchingNextPage}
              onClick={() => void rounds.fetchNextPage()}
            >
              {t('onboarding.list.loadMore')}
            </Button>
          </div>
        ) : null}
      </section>
      <section aria-labelledby="round-new-heading" className="panel">
        <Heading variant="h2" id="round-new-heading" mb="s">
          {t('onboarding.rounds.newHeading')}
        </Heading>
        <RoundForm
          today={today}
          submitting={create.isPending}
          onCreate={async (body) => {
            setNotice(null);
            const round = await create.mutateAsync({ body });
            setNotice(t('onboarding.rounds.created', { name: round.name }));
          }}
        />
      </section>
    </Page>
  );
}
