import type { DebriefMove, DebriefRequestDto } from '@kokemus/api-client';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Textarea } from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../../../shared/api/api-problem';
import { ifMatchHeader } from '../../../shared/api/if-match';
import { ProblemAlert } from '../../../shared/ui/problem-alert';
import { useMoveDebriefRequest } from '../api/debrief-requests';

/** The coordinator takes the request on, or marks it done with a note of their own. */
export function DebriefActions({ debrief }: { debrief: DebriefRequestDto }) {
  const { t } = useTranslation();
  const move = useMoveDebriefRequest(debrief.id);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [done, setDone] = useState<DebriefMove | null>(null);
  // the pressed button may be gone after the move: the focus goes to what happened
  const noticeRef = useRef<HTMLDivElement>(null);

  const run = (m: DebriefMove) => {
    setProblem(null);
    setDone(null);
    move.mutate(
      {
        path: { id: debrief.id },
        headers: ifMatchHeader(debrief),
        body: { move: m, note: note.trim() || undefined },
      },
      {
        onSuccess: () => {
          setDone(m);
          setNote('');
          requestAnimationFrame(() => noticeRef.current?.focus());
        },
        onError: (e) => setProblem(toApiProblem(e)),
      },
    );
  };

  return (
    <div className="form-stack">
      {problem ? <ProblemAlert problem={problem} /> : null}
      {debrief.allowedMoves.length ? (
        <>
          <Textarea
            id="debrief-note"
            labelText={t('feedback.debriefs.note')}
            value={note}
            maxLength={2000}
            onChange={(event) => setNote(event.target.value)}
            resize="vertical"
            fullWidth
          />
          <div className="button-row">
            {debrief.allowedMoves.map((m) => (
              <Button
                key={m}
                type="button"
                variant={m === 'take' ? 'default' : 'secondary'}
                disabled={move.isPending}
                onClick={() => run(m)}
              >
                {t(`feedback.debriefs.move.${m}`)}
              </Button>
            ))}
          </div>
        </>
      ) : null}
      <div role="status" className="notice" ref={noticeRef} tabIndex={-1}>
        {done ? t(`feedback.debriefs.moved.${done}`) : ''}
      </div>
    </div>
  );
}
