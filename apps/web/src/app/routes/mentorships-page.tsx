import '../../features/mentorships/mentorships-strings';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dropdown, DropdownItem, Heading, LoadingSpinner, Paragraph } from 'suomifi-ui-components';
import { useCreateMentorship } from '../../features/mentorships/api/create-mentorship';
import { useMentorships } from '../../features/mentorships/api/list-mentorships';
import { MyMentorships } from '../../features/mentorships/components/my-mentorships';
import { MentorshipList } from '../../features/mentorships/components/mentorship-list';
import { NewMentorshipForm } from '../../features/mentorships/components/new-mentorship-form';
import { MENTORSHIP_STATUSES, toCreateMentorshipBody } from '../../features/mentorships/mentorships.rules';
import { toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const route = getRouteApi('/authenticated/mentorships');
const ALL = 'all';

/**
 * The mentorships with a filter by status (kept in the URL) and "load more"; a coordinator also pairs a
 * trainee with a mentor here. An expert who comes here sees their own, in plain words.
 */
export function MentorshipsPage() {
  const { t } = useTranslation();
  const { status } = route.useSearch();
  const { user } = route.useRouteContext();
  const navigate = useNavigate({ from: '/mentorships' });
  const coordinator = user.roles.includes('coordinator');
  const [creating, setCreating] = useState(false);
  const create = useCreateMentorship();
  const list = useMentorships(status, coordinator);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  useEffect(() => {
    if (creating) document.getElementById('mentorship-new-heading')?.focus();
  }, [creating]);

  if (!coordinator)
    return (
      <Page title={t('mentorships.title')} lead={<Paragraph mb="m">{t('mentorships.leadExpert')}</Paragraph>}>
        <MyMentorships />
      </Page>
    );

  return (
    <Page title={t('mentorships.title')} lead={<Paragraph mb="m">{t('mentorships.lead')}</Paragraph>}>
      {creating ? (
        <section className="mentorship-section mb-m" aria-labelledby="mentorship-new-heading">
          <Heading variant="h2" id="mentorship-new-heading" tabIndex={-1} mb="s">
            {t('mentorships.new.heading')}
          </Heading>
          <Paragraph mb="m">{t('mentorships.new.lead')}</Paragraph>
          <NewMentorshipForm
            submitting={create.isPending}
            onSubmit={async (values) => {
              const created = await create.mutateAsync({ body: toCreateMentorshipBody(values) });
              await navigate({ to: '/mentorships/$mentorshipId', params: { mentorshipId: created.id } });
            }}
            onCancel={() => setCreating(false)}
          />
        </section>
      ) : (
        <div className="button-row mb-m">
          <Button type="button" onClick={() => setCreating(true)}>
            {t('mentorships.new.open')}
          </Button>
        </div>
      )}
      <div className="mentorship-filters">
        <Dropdown
          id="mentorship-status-filter"
          labelText={t('mentorships.filter.status')}
          value={status ?? ALL}
          onChange={(next) =>
            void navigate({
              search: (prev) => ({ ...prev, status: next === ALL ? undefined : (next as typeof status) }),
              replace: true,
            })
          }
        >
          {[
            <DropdownItem key={ALL} value={ALL}>
              {t('mentorships.filter.all')}
            </DropdownItem>,
            ...MENTORSHIP_STATUSES.map((s) => (
              <DropdownItem key={s} value={s}>
                {t(`mentorships.status.${s}`)}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
      </div>
      <p role="status" className="result-count">
        {list.data
          ? list.hasNextPage
            ? t('mentorships.countMore', { count: items.length })
            : t('mentorships.count', { count: items.length })
          : ''}
      </p>
      <h2 id="mentorship-list-heading" className="visually-hidden">
        {t('mentorships.listHeading')}
      </h2>
      {list.isPending ? <LoadingSpinner text={t('common.loading')} variant="small" /> : null}
      {list.isError ? <ProblemAlert problem={toApiProblem(list.error)} /> : null}
      {list.data && items.length === 0 ? (
        <Paragraph>{status ? t('mentorships.noneOfStatus') : t('mentorships.none')}</Paragraph>
      ) : null}
      {items.length > 0 ? <MentorshipList mentorships={items} labelledBy="mentorship-list-heading" /> : null}
      {list.hasNextPage ? (
        <div className="load-more">
          <Button
            variant="secondary"
            disabled={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
          >
            {t('mentorships.loadMore')}
          </Button>
        </div>
      ) : null}
    </Page>
  );
}
