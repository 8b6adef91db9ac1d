import '../mentorships-strings';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button, Heading, LoadingSpinner } from 'suomifi-ui-components';
import { toApiProblem } from '../../../shared/api/api-problem';
import { formatDate } from '../../../shared/format/date';
import { ProblemAlert } from '../../../shared/ui/problem-alert';
import { useOwnExpert } from '../api/get-own-expert';
import { useMentorships } from '../api/list-mentorships';
import { activeFirst, roleIn, tasksLeft } from '../mentorships.rules';
import { MentorshipProgress } from './mentorship-progress';

/**
 * The signed-in expert's mentorships, as mentor or as trainee: who with, how far along, and a link to
 * the mentorship's page. Shows nothing but a short sentence when there are none.
 */
export function MyMentorships({ headingLevel = 'h2' }: { headingLevel?: 'h2' | 'h3' }) {
  const { t } = useTranslation();
  const profile = useOwnExpert();
  const list = useMentorships();
  const items = activeFirst(list.data?.pages.flatMap((page) => page.items) ?? []);
  const myId = profile.data?.id;

  return (
    <section className="mentorship-section" aria-labelledby="my-mentorships-heading">
      <Heading variant={headingLevel} id="my-mentorships-heading" mb="s">
        {t('mentorships.mine.heading')}
      </Heading>
      {list.isPending ? <LoadingSpinner text={t('common.loading')} variant="small" /> : null}
      {list.isError ? <ProblemAlert problem={toApiProblem(list.error)} /> : null}
      {list.data && items.length === 0 ? <p>{t('mentorships.mine.none')}</p> : null}
      {items.length > 0 ? (
        <ul className="plain-list" aria-labelledby="my-mentorships-heading">
          {items.map((m) => {
            const role = roleIn(m, myId);
            return (
              <li key={m.id} className="mentorship-card">
                <h3 className="mentorship-card-title">
                  <Link to="/mentorships/$mentorshipId" params={{ mentorshipId: m.id }}>
                    {role === 'mentor'
                      ? t('mentorships.mine.asMentor', { name: m.trainee.name })
                      : role === 'trainee'
                        ? t('mentorships.mine.asTrainee', { name: m.mentor.name })
                        : t('mentorships.list.pair', { trainee: m.trainee.name, mentor: m.mentor.name })}
                  </Link>
                </h3>
                <p className="mentorship-state">
                  {m.status === 'active'
                    ? t('mentorships.mine.since', { date: formatDate(m.startedOn) })
                    : t(`mentorships.mine.closed.${m.status}`, {
                        date: formatDate(m.closedOn ?? m.startedOn),
                      })}
                </p>
                <MentorshipProgress mentorship={m} />
                {m.status === 'active' ? (
                  <p className="hint">
                    {m.ready
                      ? t('mentorships.mine.ready')
                      : t(role === 'mentor' ? 'mentorships.mine.leftMentor' : 'mentorships.mine.left', {
                          count: tasksLeft(m),
                        })}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
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
    </section>
  );
}
