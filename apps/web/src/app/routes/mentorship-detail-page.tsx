import '../../features/mentorships/mentorships-strings';
import type { MentorshipDto, Role } from '@kokemus/api-client';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, LoadingSpinner, RouterLink } from 'suomifi-ui-components';
import { useMentorship } from '../../features/mentorships/api/get-mentorship';
import { AssessForm } from '../../features/mentorships/components/assess-form';
import { AssessmentList } from '../../features/mentorships/components/assessment-list';
import { ClosingSection } from '../../features/mentorships/components/closing-section';
import { MentorshipProgress } from '../../features/mentorships/components/mentorship-progress';
import { mayAssess, roleIn } from '../../features/mentorships/mentorships.rules';
import { useOwnExpert } from '../../features/mentorships/api/get-own-expert';
import { toApiProblem } from '../../shared/api/api-problem';
import { formatDate, formatDateTime } from '../../shared/format/date';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { NotFoundPage } from './status-pages';

const route = getRouteApi('/authenticated/mentorships/$mentorshipId');

export function MentorshipDetailPage() {
  const { t } = useTranslation();
  const { mentorshipId } = route.useParams();
  const { user } = route.useRouteContext();
  const mentorship = useMentorship(mentorshipId);
  if (mentorship.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  if (mentorship.isError) {
    const problem = toApiProblem(mentorship.error);
    return problem.status === 404 ? <NotFoundPage /> : <ProblemAlert problem={problem} />;
  }
  return user.roles.includes('expert') ? (
    <AsExpert mentorship={mentorship.data} roles={user.roles} />
  ) : (
    <MentorshipDetail mentorship={mentorship.data} roles={user.roles} />
  );
}

/** An expert's own part (mentor or trainee) comes from their registry profile. */
function AsExpert({ mentorship, roles }: { mentorship: MentorshipDto; roles: readonly Role[] }) {
  const { t } = useTranslation();
  const profile = useOwnExpert();
  if (profile.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  return <MentorshipDetail mentorship={mentorship} roles={roles} expertId={profile.data?.id} />;
}

function MentorshipDetail({
  mentorship: m,
  roles,
  expertId,
}: {
  mentorship: MentorshipDto;
  roles: readonly Role[];
  expertId?: string;
}) {
  const { t, i18n } = useTranslation();
  const role = roleIn(m, expertId);
  const assessing = mayAssess(m, roles, expertId);
  const coordinator = roles.includes('coordinator');
  const [notice, setNotice] = useState('');
  const announce = (text: string, focusId: string) => {
    setNotice(text);
    // The form that was used is gone: the focus goes to the heading of what now shows the result.
    requestAnimationFrame(() => document.getElementById(focusId)?.focus());
  };
  return (
    <Page title={t('mentorships.detail.title', { trainee: m.trainee.name })}>
      <p>
        <RouterLink asComponent={Link} to="/mentorships" search={{}}>
          {t('mentorships.detail.back')}
        </RouterLink>
      </p>
      {role ? <p>{t(`mentorships.detail.you.${role}`)}</p> : null}
      <div role="status" className="notice">
        {notice}
      </div>
      <dl className="details">
        <dt>{t('mentorships.field.mentor')}</dt>
        <dd>{m.mentor.name}</dd>
        <dt>{t('mentorships.field.trainee')}</dt>
        <dd>{m.trainee.name}</dd>
        <dt>{t('mentorships.field.status')}</dt>
        <dd id="mentorship-status" tabIndex={-1}>
          {t(`mentorships.status.${m.status}`)}
        </dd>
        <dt>{t('mentorships.field.started')}</dt>
        <dd>{formatDate(m.startedOn)}</dd>
        {m.closedOn ? (
          <>
            <dt>{t('mentorships.field.closed')}</dt>
            <dd>{formatDate(m.closedOn)}</dd>
          </>
        ) : null}
        {m.closingNote ? (
          <>
            <dt>{t('mentorships.field.closingNote')}</dt>
            <dd>{m.closingNote}</dd>
          </>
        ) : null}
      </dl>
      <MentorshipProgress mentorship={m} />

      <section className="mentorship-section" aria-labelledby="mentorship-to-assess-heading">
        <Heading variant="h2" id="mentorship-to-assess-heading" tabIndex={-1} mb="s">
          {t('mentorships.toAssess.heading')}
        </Heading>
        <p className="hint">{t('mentorships.toAssess.lead')}</p>
        {m.toAssess.length === 0 ? (
          <p>{t('mentorships.toAssess.none')}</p>
        ) : assessing ? (
          <ul className="plain-list" aria-labelledby="mentorship-to-assess-heading">
            {m.toAssess.map((task) => (
              <AssessForm
                key={task.assignmentId}
                mentorship={m}
                task={task}
                onAssessed={(title, approved) =>
                  announce(
                    t(approved ? 'mentorships.assess.doneApproved' : 'mentorships.assess.doneNotApproved', {
                      task: title,
                    }),
                    'mentorship-to-assess-heading',
                  )
                }
              />
            ))}
          </ul>
        ) : (
          <>
            {m.status === 'active' ? <p>{t('mentorships.toAssess.waitMentor')}</p> : null}
            <ul className="plain-list" aria-labelledby="mentorship-to-assess-heading">
              {m.toAssess.map((task) => (
                <li key={task.assignmentId} className="mentorship-task">
                  <strong>{task.title ?? t('mentorships.task.untitled')}</strong>
                  <div className="hint">{formatDateTime(task.startsAt, i18n.language)}</div>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section className="mentorship-section" aria-labelledby="mentorship-assessments-heading">
        <Heading variant="h2" id="mentorship-assessments-heading" mb="s">
          {t('mentorships.assessments.heading')}
        </Heading>
        <AssessmentList assessments={m.assessments} />
      </section>

      {coordinator && m.status === 'active' ? (
        <section className="mentorship-section" aria-labelledby="mentorship-closing-heading">
          <Heading variant="h2" id="mentorship-closing-heading" mb="s">
            {t('mentorships.closing.heading')}
          </Heading>
          <ClosingSection
            mentorship={m}
            roles={roles}
            onClosed={(status) => announce(t(`mentorships.closing.done.${status}`), 'mentorship-status')}
          />
        </section>
      ) : null}
    </Page>
  );
}
