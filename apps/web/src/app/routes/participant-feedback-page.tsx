import '../../features/feedback/participant/participant-strings';
import type { ParticipantLocale, ParticipantThanksDto, PublicParticipantFormDto } from '@kokemus/api-client';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, LoadingSpinner } from 'suomifi-ui-components';
import {
  useAnswerParticipantFeedback,
  useParticipantForm,
} from '../../features/feedback/participant/api/participant-form';
import { ParticipantForm } from '../../features/feedback/participant/components/participant-form';
import { ParticipantFrame } from '../../features/feedback/participant/components/participant-frame';
import {
  ParticipantClosed,
  ParticipantLinkNotFound,
  ParticipantNotOpen,
  ParticipantThanks,
} from '../../features/feedback/participant/components/participant-states';
import { useParticipantT } from '../../features/feedback/participant/components/use-participant-t';
import {
  formatMoment,
  initialLocale,
  participantText,
  uiLanguageOf,
} from '../../features/feedback/participant/participant-feedback.rules';
import { type ApiProblem, toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';

const route = getRouteApi('/p/$token');

const NOT_OPEN_YET = 'PARTICIPANT_FEEDBACK_NOT_OPEN_YET';

/** What the link says instead of the form: not yet open, closed, or no such link. */
function Gone({ problem, locale }: { problem: ApiProblem; locale: ParticipantLocale }) {
  if (problem.status === 404) return <ParticipantLinkNotFound locale={locale} />;
  if (problem.code === NOT_OPEN_YET) {
    const opensAt = problem.extensions.opensAt;
    return <ParticipantNotOpen locale={locale} opensAt={typeof opensAt === 'string' ? opensAt : undefined} />;
  }
  return <ParticipantClosed locale={locale} />;
}

function FormPage({
  form,
  token,
  locale,
}: {
  form: PublicParticipantFormDto;
  token: string;
  locale: ParticipantLocale;
}) {
  const answer = useAnswerParticipantFeedback(token);
  const [thanks, setThanks] = useState<ParticipantThanksDto | null>(null);
  const [gone, setGone] = useState<ApiProblem | null>(null);
  if (thanks) return <ParticipantThanks locale={locale} textHeld={thanks.textHeldForScreening} />;
  if (gone) return <Gone problem={gone} locale={locale} />;
  return (
    <Page title={participantText(form.questionnaireTitle, locale)}>
      <div className="participant-session">
        <p className="participant-session-title">{form.title}</p>
        <p>{formatMoment(form.startsAt, uiLanguageOf(locale))}</p>
      </div>
      <ParticipantForm form={form} locale={locale} answer={answer} onAnswered={setThanks} onGone={setGone} />
    </Page>
  );
}

/**
 * The participants' anonymous form behind a task time's QR code (`/p/<token>`, no sign-in, no app
 * shell): a patient, a pupil or a relative answers on their phone, in Finnish, plain Finnish, Swedish or
 * English. The link may not be open yet, may have closed, or may not exist: each says so plainly.
 */
export function ParticipantFeedbackPage() {
  const { token } = route.useParams();
  const { i18n } = useTranslation();
  const [locale, setLocale] = useState<ParticipantLocale>(() => initialLocale(i18n.language));
  const tp = useParticipantT(locale);
  const form = useParticipantForm(token);

  const choose = (next: ParticipantLocale) => {
    setLocale(next);
    void i18n.changeLanguage(uiLanguageOf(next));
  };

  let content;
  if (form.isPending) content = <LoadingSpinner text={tp('participant.loading')} variant="small" />;
  else if (form.isError) {
    const problem = toApiProblem(form.error);
    content =
      problem.status === 404 || problem.status === 410 ? (
        <Gone problem={problem} locale={locale} />
      ) : (
        <Page title={tp('participant.loadFailedTitle')}>
          <p className="participant-alert">{tp('participant.loadFailed')}</p>
          <div className="button-row mt-m">
            <Button type="button" onClick={() => void form.refetch()}>
              {tp('participant.retry')}
            </Button>
          </div>
        </Page>
      );
  } else content = <FormPage form={form.data} token={token} locale={locale} />;

  return (
    <ParticipantFrame locale={locale} onLocale={choose}>
      {content}
    </ParticipantFrame>
  );
}
