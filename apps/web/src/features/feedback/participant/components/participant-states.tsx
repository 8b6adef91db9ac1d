import type { ParticipantLocale } from '@kokemus/api-client';
import type { ReactNode } from 'react';
import { Page } from '../../../../shared/ui/page';
import { formatMoment, uiLanguageOf } from '../participant-feedback.rules';
import { useParticipantT } from './use-participant-t';

function State({ title, thanks, children }: { title: string; thanks?: boolean; children: ReactNode }) {
  return (
    <Page title={title}>
      <div className={thanks ? 'participant-state participant-state-thanks' : 'participant-state'}>
        {children}
      </div>
    </Page>
  );
}

/** After sending: thanks, and that a person reads the free text first when there was some. */
export function ParticipantThanks({ locale, textHeld }: { locale: ParticipantLocale; textHeld: boolean }) {
  const tp = useParticipantT(locale);
  return (
    <State title={tp('participant.thanks.title')} thanks>
      <p>{tp('participant.thanks.text')}</p>
      {textHeld ? <p>{tp('participant.thanks.held')}</p> : null}
      <p>{tp('participant.thanks.close')}</p>
    </State>
  );
}

/** Before the task time starts: when it opens, in Helsinki time. */
export function ParticipantNotOpen({ locale, opensAt }: { locale: ParticipantLocale; opensAt?: string }) {
  const tp = useParticipantT(locale);
  return (
    <State title={tp('participant.notOpen.title')}>
      {opensAt ? (
        <p>{tp('participant.notOpen.text', { when: formatMoment(opensAt, uiLanguageOf(locale)) })}</p>
      ) : null}
    </State>
  );
}

export function ParticipantClosed({ locale }: { locale: ParticipantLocale }) {
  const tp = useParticipantT(locale);
  return (
    <State title={tp('participant.closed.title')}>
      <p>{tp('participant.closed.text')}</p>
    </State>
  );
}

/** An unknown or mistyped link. */
export function ParticipantLinkNotFound({ locale }: { locale: ParticipantLocale }) {
  const tp = useParticipantT(locale);
  return (
    <State title={tp('participant.notFound.title')}>
      <p>{tp('participant.notFound.text')}</p>
    </State>
  );
}
