import type { IndicatorRequestDto } from '@kokemus/api-client';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../../../../shared/api/api-problem';
import { ProblemAlert } from '../../../../shared/ui/problem-alert';
import { FeedbackItemField, itemInputId } from '../../components/feedback-item-field';
import { itemText } from '../../feedback-answers.rules';
import type { useAnswerIndicatorRequest } from '../api/indicator';
import { indicatorBody, type IndicatorDraft, rejectedStatements, unanswered } from '../indicator.rules';

/**
 * The ten statements, each a fieldset of five big radio buttons (1 disagree entirely … 5 agree entirely;
 * arrow keys move in a group). Sent with one left, the first left takes the focus and says so.
 */
export function IndicatorForm({
  request,
  answer,
  onAnswered,
  onAlreadyAnswered,
}: {
  request: IndicatorRequestDto;
  /** The page's mutation (its callbacks belong to the page, which stays when the form goes). */
  answer: ReturnType<typeof useAnswerIndicatorRequest>;
  onAnswered: (answered: IndicatorRequestDto) => void;
  onAlreadyAnswered: () => void;
}) {
  const { t, i18n } = useTranslation();
  const items = request.questionnaire.items;
  const [draft, setDraft] = useState<IndicatorDraft>({});
  const [missing, setMissing] = useState<string[]>([]);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const summaryRef = useRef<HTMLParagraphElement>(null);

  const focusFirst = (ids: string[]) => {
    const first = items.find((item) => ids.includes(item.id));
    requestAnimationFrame(() =>
      first ? document.getElementById(itemInputId(first.id))?.focus() : summaryRef.current?.focus(),
    );
  };

  const submit = () => {
    setProblem(null);
    const left = unanswered(items, draft);
    setMissing(left);
    if (left.length) return focusFirst(left);
    const answers = indicatorBody(items, draft);
    answer.mutate(
      { path: { id: request.id }, body: { answers } },
      {
        onSuccess: onAnswered,
        onError: (error) => {
          const p = toApiProblem(error);
          if (p.status === 409) return onAlreadyAnswered();
          const rejected = rejectedStatements(p.errors, answers);
          setMissing(rejected);
          setProblem(p);
          focusFirst(rejected);
        },
      },
    );
  };

  return (
    <form
      noValidate
      aria-label={t('indicator.page.title')}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="form-stack">
        {problem ? <ProblemAlert problem={problem} /> : null}
        {missing.length ? (
          <p className="feedback-error" role="alert" ref={summaryRef} tabIndex={-1}>
            {t('indicator.page.missingSummary', { count: missing.length })}
          </p>
        ) : null}
        {items.map((item) => (
          <FeedbackItemField
            key={item.id}
            item={{ ...item, kind: 'scale', required: true }}
            text={itemText(item.text, i18n.language)}
            value={draft[item.id]}
            onChange={(value) => {
              setDraft((d) => ({ ...d, [item.id]: Number(value) }));
              setMissing((m) => m.filter((id) => id !== item.id));
            }}
            error={missing.includes(item.id) ? t('indicator.page.missing') : undefined}
          />
        ))}
        <div className="button-row">
          <Button type="submit" disabled={answer.isPending}>
            {answer.isPending ? t('indicator.page.sending') : t('indicator.page.send')}
          </Button>
        </div>
      </div>
    </form>
  );
}
