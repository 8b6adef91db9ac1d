import type { MentorshipDto, Role } from '@kokemus/api-client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../../../shared/api/api-problem';
import { ProblemAlert } from '../../../shared/ui/problem-alert';
import { ReasonForm } from '../../../shared/ui/reason-form';
import { useCloseMentorship } from '../api/close-mentorship';
import { closingState, tasksLeft } from '../mentorships.rules';

/**
 * A coordinator moves the trainee on: "completed" once enough tasks are approved (until then the button
 * is off and says why), or ends the mentorship early with a reason.
 */
export function ClosingSection({
  mentorship,
  roles,
  onClosed,
}: {
  mentorship: MentorshipDto;
  roles: readonly Role[];
  /** After the save: this section is gone, so the page says what happened. */
  onClosed: (status: 'completed' | 'ended') => void;
}) {
  const { t } = useTranslation();
  const close = useCloseMentorship();
  const [ending, setEnding] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const state = closingState(mentorship, roles);
  if (state === 'hidden') return null;

  const send = (status: 'completed' | 'ended', note?: string) => {
    setProblem(null);
    return close
      .mutateAsync({ path: { id: mentorship.id }, body: { status, note: note ?? null } })
      .then(() => onClosed(status))
      .catch((error: unknown) => {
        setProblem(toApiProblem(error));
        throw error;
      });
  };

  return (
    <div className="form-stack">
      {problem ? <ProblemAlert problem={problem} /> : null}
      <div>
        <Button
          type="button"
          disabled={state !== 'ready' || close.isPending}
          aria-describedby="mentorship-complete-why"
          onClick={() => void send('completed').catch(() => undefined)}
        >
          {t('mentorships.closing.complete')}
        </Button>
        <p id="mentorship-complete-why" className="hint">
          {state === 'ready'
            ? t('mentorships.closing.readyHint')
            : t('mentorships.closing.notReady', { count: tasksLeft(mentorship) })}
        </p>
      </div>
      {ending ? (
        <ReasonForm
          id="mentorship-end-reason"
          label={t('mentorships.closing.reasonLabel')}
          confirmLabel={t('mentorships.closing.endConfirm')}
          keepLabel={t('mentorships.closing.keep')}
          missingText={t('mentorships.closing.reasonMissing')}
          pending={close.isPending}
          onConfirm={(reason) => send('ended', reason)}
          onClose={() => setEnding(false)}
        />
      ) : (
        <div>
          <Button type="button" variant="secondary" onClick={() => setEnding(true)}>
            {t('mentorships.closing.end')}
          </Button>
        </div>
      )}
    </div>
  );
}
