import '../../features/onboarding/onboarding-strings';
import type { ApplicationDto } from '@kokemus/api-client';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, InlineAlert, LoadingSpinner, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useAddApplicationNote } from '../../features/onboarding/api/add-application-note';
import { useApplicationStale } from '../../features/onboarding/api/application-changed';
import { useApplication } from '../../features/onboarding/api/get-application';
import { useMoveApplication } from '../../features/onboarding/api/move-application';
import { ApplicationDetails } from '../../features/onboarding/components/application-details';
import { DueDate } from '../../features/onboarding/components/application-list';
import { ApplicationTimeline } from '../../features/onboarding/components/application-timeline';
import { MoveForm } from '../../features/onboarding/components/move-form';
import { NoteForm } from '../../features/onboarding/components/note-form';
import { OrientationChecklist } from '../../features/onboarding/components/orientation-checklist';
import { isConflict } from '../../features/onboarding/onboarding.rules';
import { type ApiProblem, toApiProblem } from '../../shared/api/api-problem';
import { ifMatchHeader } from '../../shared/api/if-match';
import { formatDateTime } from '../../shared/format/date';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { NotFoundPage } from './status-pages';

const route = getRouteApi('/authenticated/onboarding/$applicationId');

export function OnboardingApplicationPage() {
  const { t } = useTranslation();
  const { applicationId } = route.useParams();
  const application = useApplication(applicationId);
  if (application.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  if (application.isError) {
    const problem = toApiProblem(application.error);
    return problem.status === 404 ? <NotFoundPage /> : <ProblemAlert problem={problem} />;
  }
  return <ApplicationView application={application.data} />;
}

function ApplicationView({ application: a }: { application: ApplicationDto }) {
  const { t, i18n } = useTranslation();
  const move = useMoveApplication();
  const addNote = useAddApplicationNote();
  const stale = useApplicationStale();
  const [notice, setNotice] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ApiProblem | null>(null);
  const name = `${a.firstName} ${a.lastName}`;
  const path = { id: a.id };

  return (
    <Page title={name}>
      <Paragraph mb="m">
        <RouterLink asComponent={Link} to="/onboarding">
          {t('onboarding.backToBoard')}
        </RouterLink>
      </Paragraph>
      <div role="status" className="notice">
        {notice ? <InlineAlert status="neutral">{notice}</InlineAlert> : null}
      </div>

      <section aria-labelledby="application-step-heading" className="panel">
        <Heading variant="h2" id="application-step-heading" mb="s">
          {t('onboarding.detail.stepHeading')}
        </Heading>
        <dl className="details">
          <dt>{t('onboarding.list.step')}</dt>
          <dd>
            <strong>{t(`onboarding.step.${a.step}`)}</strong>
          </dd>
          <dt>{t('onboarding.list.owner')}</dt>
          <dd>{a.owner?.name ?? t('onboarding.list.noOwner')}</dd>
          <dt>{t('onboarding.list.due')}</dt>
          <dd>
            <DueDate application={a} />
          </dd>
          <dt>{t('onboarding.detail.inStepSince')}</dt>
          <dd>{formatDateTime(a.stepEnteredAt, i18n.language)}</dd>
          {a.interviewAt ? (
            <>
              <dt>{t('onboarding.detail.interview')}</dt>
              <dd>
                {formatDateTime(a.interviewAt, i18n.language)}
                {a.interviewPlace ? `, ${a.interviewPlace}` : ''}
              </dd>
              {a.step === 'interview' ? (
                <>
                  <dt>{t('onboarding.detail.interviewAnswer.label')}</dt>
                  <dd>
                    {a.interviewAnswer && a.interviewAnsweredAt
                      ? t(`onboarding.detail.interviewAnswer.${a.interviewAnswer}`, {
                          date: formatDateTime(a.interviewAnsweredAt, i18n.language),
                        })
                      : t('onboarding.detail.interviewAnswer.none')}
                  </dd>
                </>
              ) : null}
            </>
          ) : null}
          {a.outcomeReason ? (
            <>
              <dt>{t('onboarding.detail.outcomeReason')}</dt>
              <dd className="notes">{a.outcomeReason}</dd>
            </>
          ) : null}
          {a.expertId ? (
            <>
              <dt>{t('onboarding.detail.registry')}</dt>
              <dd>
                <Link to="/registry/$expertId" params={{ expertId: a.expertId }}>
                  {t('onboarding.detail.registryLink')}
                </Link>
              </dd>
            </>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="application-details-heading" className="panel">
        <Heading variant="h2" id="application-details-heading" mb="s">
          {t('onboarding.detail.heading')}
        </Heading>
        <ApplicationDetails application={a} />
      </section>

      {a.step === 'orientation' || a.orientation.some((i) => i.done) ? (
        <section aria-labelledby="application-orientation-heading" className="panel">
          <Heading variant="h2" id="application-orientation-heading" mb="s">
            {t('onboarding.orientation.heading')}
          </Heading>
          <OrientationChecklist
            key={`${a.id}:${a.step}`}
            applicationId={a.id}
            items={a.orientation}
            editable={a.step === 'orientation'}
          />
        </section>
      ) : null}

      <section aria-labelledby="application-move-heading" className="panel">
        <Heading variant="h2" id="application-move-heading" mb="s">
          {t('onboarding.move.heading')}
        </Heading>
        {conflict ? (
          <div className="notice">
            <ProblemAlert problem={conflict} />
          </div>
        ) : null}
        <MoveForm
          key={a.version}
          application={a}
          submitting={move.isPending}
          onMove={async (body) => {
            setNotice(null);
            setConflict(null);
            try {
              const moved = await move.mutateAsync({ path, headers: ifMatchHeader(a.version), body });
              setNotice(t('onboarding.move.done', { step: t(`onboarding.step.${moved.step}`) }));
            } catch (error) {
              const problem = toApiProblem(error);
              if (isConflict(problem)) {
                // Someone else changed it: show why here, and the newest version in the form.
                setConflict(problem);
                await stale(a.id);
                return;
              }
              throw error;
            }
          }}
        />
      </section>

      <section aria-labelledby="application-note-heading" className="panel">
        <Heading variant="h2" id="application-note-heading" mb="s">
          {t('onboarding.note.heading')}
        </Heading>
        <NoteForm
          submitting={addNote.isPending}
          onAdd={async (note) => {
            setNotice(null);
            await addNote.mutateAsync({ path, body: { note } });
            setNotice(t('onboarding.note.added'));
          }}
        />
      </section>

      <section aria-labelledby="application-timeline-heading" className="panel">
        <Heading variant="h2" id="application-timeline-heading" mb="s">
          {t('onboarding.timeline.heading')}
        </Heading>
        <ApplicationTimeline events={a.timeline} />
      </section>
    </Page>
  );
}
