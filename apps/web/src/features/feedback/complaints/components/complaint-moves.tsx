import type { ComplaintDto, ComplaintMove, ComplaintOutcome } from '@kokemus/api-client';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, RadioButton, RadioButtonGroup, Textarea } from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../../../../shared/api/api-problem';
import { ifMatchHeader } from '../../../../shared/api/if-match';
import { ProblemAlert } from '../../../../shared/ui/problem-alert';
import { useMoveComplaint, useReloadComplaint } from '../api/complaints';
import {
  COMPLAINT_OUTCOMES,
  type ComplaintViewer,
  firstProblem,
  moveBody,
  type MoveProblems,
  moveProblems,
} from '../complaints.rules';

const TEXT_ID = 'complaint-text';
const outcomeId = (o: ComplaintOutcome) => `complaint-outcome-${o}`;

function focusField(field: keyof MoveProblems) {
  document.getElementById(field === 'outcome' ? outcomeId(COMPLAINT_OUTCOMES[0]) : TEXT_ID)?.focus();
}

/** What the server said of a field, as the field's own message (else it is shown above the form). */
function fieldProblems(p: ApiProblem, move: ComplaintMove): MoveProblems | null {
  if (p.code === 'COMPLAINT_OUTCOME_MISSING') return { outcome: 'complaints.validation.outcome' };
  if (p.code === 'COMPLAINT_TEXT_MISSING') return { text: `complaints.validation.text.${move}` };
  return null;
}

/**
 * One move's form: the words (and for closing the outcome first), checked before sending, each problem
 * beside its field and the focus on the first; sent with If-Match of the version on the screen.
 */
function MoveForm({
  complaint,
  move,
  focusOnOpen,
  onDone,
  onProblem,
  onCancel,
}: {
  complaint: ComplaintDto;
  move: ComplaintMove;
  focusOnOpen: boolean;
  onDone: () => void;
  onProblem: (p: ApiProblem) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useMoveComplaint(complaint.id);
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<ComplaintOutcome | ''>('');
  const [problems, setProblems] = useState<MoveProblems>({});
  const closing = move === 'close';

  useEffect(() => {
    if (focusOnOpen) focusField(closing ? 'outcome' : 'text');
  }, [focusOnOpen, closing]);

  const show = (found: MoveProblems) => {
    setProblems(found);
    const first = firstProblem(found);
    // the message must be on the page before the field takes the focus, so it is read with the field
    if (first) requestAnimationFrame(() => focusField(first));
  };

  const submit = () => {
    const draft = { text, outcome };
    const found = moveProblems(move, draft);
    if (firstProblem(found)) return show(found);
    setProblems({});
    mutation.mutate(
      { path: { id: complaint.id }, headers: ifMatchHeader(complaint), body: moveBody(move, draft) },
      {
        onSuccess: onDone,
        onError: (e) => {
          const p = toApiProblem(e);
          const onField = fieldProblems(p, move);
          if (onField) show(onField);
          else onProblem(p);
        },
      },
    );
  };

  return (
    <form
      noValidate
      aria-label={t(`complaints.move.${move}`)}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="form-stack">
        {closing ? (
          <RadioButtonGroup
            id="complaint-outcome"
            name="complaint-outcome"
            labelText={t('complaints.form.close.outcome')}
            value={outcome}
            onChange={(value) => {
              setOutcome(value as ComplaintOutcome);
              setProblems((p) => ({ ...p, outcome: undefined }));
            }}
            groupStatus={problems.outcome ? 'error' : 'default'}
            groupStatusText={problems.outcome ? t(problems.outcome) : ''}
          >
            {COMPLAINT_OUTCOMES.map((o) => (
              <RadioButton key={o} value={o} id={outcomeId(o)}>
                {t(`complaints.outcome.${o}`)}
              </RadioButton>
            ))}
          </RadioButtonGroup>
        ) : null}
        <Textarea
          id={TEXT_ID}
          labelText={t(`complaints.form.${move}.label`)}
          hintText={t(`complaints.form.${move}.hint`)}
          optionalText={closing ? t('form.optional') : undefined}
          value={text}
          maxLength={4000}
          onChange={(event) => {
            setText(event.target.value);
            setProblems((p) => ({ ...p, text: undefined }));
          }}
          status={problems.text ? 'error' : 'default'}
          statusText={problems.text ? t(problems.text) : undefined}
          resize="vertical"
          fullWidth
        />
        <div className="button-row">
          <Button type="submit" disabled={mutation.isPending}>
            {mutation.isPending ? t('complaints.form.sending') : t(`complaints.form.${move}.submit`)}
          </Button>
          {onCancel ? (
            <Button type="button" variant="secondary" onClick={onCancel}>
              {t('complaints.form.cancel')}
            </Button>
          ) : null}
        </div>
      </div>
    </form>
  );
}

/**
 * The moves the API allows this person now. A coordinator picks one (answer, ask the expert's view,
 * close), whose form opens with the focus in it; the expert, once asked, has the form for their view
 * at hand. After a move the focus goes to what happened; if someone else moved it meanwhile (412, or a
 * move no longer allowed), that is said and the complaint is read again.
 */
export function ComplaintMoves({
  complaint,
  viewer,
}: {
  complaint: ComplaintDto;
  viewer: Exclude<ComplaintViewer, 'unit'>;
}) {
  const { t } = useTranslation();
  const reload = useReloadComplaint(complaint.id);
  const [chosen, setChosen] = useState<ComplaintMove | null>(null);
  const [done, setDone] = useState<ComplaintMove | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const allowed = complaint.allowedMoves;
  const expert = viewer === 'expert';
  // After a move the focus stays on what happened, also when the complaint read again re-renders the page.
  useEffect(() => {
    if (done) noticeRef.current?.focus();
  }, [done, complaint.version]);
  const open = expert ? (allowed.includes('give_view') ? 'give_view' : null) : chosen;
  const shown = open && allowed.includes(open) ? open : null;

  const choose = (m: ComplaintMove | null) => {
    setProblem(null);
    setDone(null);
    setChosen(m);
  };

  const form = shown ? (
    <MoveForm
      key={shown}
      complaint={complaint}
      move={shown}
      focusOnOpen={!expert}
      onDone={() => {
        setProblem(null);
        setChosen(null);
        setDone(shown);
        // the form is gone after the move: the focus goes to what happened
        requestAnimationFrame(() => noticeRef.current?.focus());
      }}
      onProblem={(p) => {
        setDone(null);
        setProblem(p);
        if (p.status === 412 || p.status === 409) void reload();
        requestAnimationFrame(() => problemRef.current?.focus());
      }}
      onCancel={
        expert
          ? undefined
          : () => {
              choose(null);
              requestAnimationFrame(() => document.getElementById(`complaint-move-${shown}`)?.focus());
            }
      }
    />
  ) : null;

  const status = (
    <div role="status" className="notice complaint-notice" ref={noticeRef} tabIndex={-1}>
      {done ? t(`complaints.moved.${done}`) : ''}
    </div>
  );

  if (expert)
    return (
      <div className="mt-m">
        {status}
        {problem ? <ProblemAlert problem={problem} ref={problemRef} className="mb-m" /> : null}
        {form}
      </div>
    );

  return (
    <div className="complaint-moves">
      {status}
      {problem ? <ProblemAlert problem={problem} ref={problemRef} className="mb-m" /> : null}
      {allowed.length ? (
        <section aria-labelledby="complaint-moves-heading">
          <Heading variant="h2" id="complaint-moves-heading" mb="s">
            {t('complaints.detail.moves')}
          </Heading>
          <div className="button-row mb-m">
            {allowed.map((m) => (
              <Button
                key={m}
                id={`complaint-move-${m}`}
                type="button"
                variant={m === 'answer' ? 'default' : 'secondary'}
                aria-expanded={shown === m}
                onClick={() => choose(shown === m ? null : m)}
              >
                {t(`complaints.move.${m}`)}
              </Button>
            ))}
          </div>
          {form}
        </section>
      ) : null}
    </div>
  );
}
