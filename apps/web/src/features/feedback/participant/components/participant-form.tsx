import type {
  ParticipantLocale,
  ParticipantThanksDto,
  PublicParticipantFormDto,
  QuestionnaireItemDto,
} from '@kokemus/api-client';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Textarea } from 'suomifi-ui-components';
import type { ApiProblem } from '../../../../shared/api/api-problem';
import type { useAnswerParticipantFeedback } from '../api/participant-form';
import { FeedbackItemField, itemInputId } from '../../components/feedback-item-field';
import {
  ANSWER_TEXT_MAX,
  answersBody,
  type Draft,
  type ItemProblem,
  itemProblems,
  missingRequired,
} from '../../feedback-answers.rules';
import { participantText, retryMinutes } from '../participant-feedback.rules';
import { useParticipantT } from './use-participant-t';

/** A message above the questions, kept as a key so that it follows a change of language. */
type Notice = { key: string; count?: number };

function TextItem({
  item,
  locale,
  value,
  onChange,
  error,
}: {
  item: QuestionnaireItemDto;
  locale: ParticipantLocale;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const tp = useParticipantT(locale);
  const question = participantText(item.text, locale);
  return (
    <Textarea
      id={itemInputId(item.id)}
      labelText={item.required ? `${question} (${t('feedback.answer.required')})` : question}
      hintText={tp('participant.form.textNote')}
      value={value}
      maxLength={ANSWER_TEXT_MAX}
      onChange={(event) => onChange(event.target.value)}
      status={error ? 'error' : 'default'}
      statusText={error ?? ''}
      required={item.required}
      resize="vertical"
      fullWidth
    />
  );
}

/**
 * The participant's questions in their choice of language: faces and buttons to tap, the free text with a
 * note that a person reads it first. Required questions, and that something is answered at all, are
 * checked before sending; what the API rejects is shown beside its question, the rate limit above them.
 */
export function ParticipantForm({
  form,
  locale,
  answer,
  onAnswered,
  onGone,
}: {
  form: PublicParticipantFormDto;
  locale: ParticipantLocale;
  /** The page's mutation: a thank-you replaces this form, so the page holds it. */
  answer: ReturnType<typeof useAnswerParticipantFeedback>;
  onAnswered: (thanks: ParticipantThanksDto) => void;
  /** The link closed, has not opened, or is no more (404/410 on sending). */
  onGone: (problem: ApiProblem) => void;
}) {
  const tp = useParticipantT(locale);
  const items = form.items;
  const [draft, setDraft] = useState<Draft>({});
  const [problems, setProblems] = useState<Record<string, ItemProblem>>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const anyRequired = items.some((item) => item.required);

  const focusItem = (found: Record<string, ItemProblem>) => {
    const first = items.find((item) => found[item.id]);
    if (first) requestAnimationFrame(() => document.getElementById(itemInputId(first.id))?.focus());
  };
  const showNotice = (next: Notice) => {
    setNotice(next);
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  const submit = () => {
    setNotice(null);
    const missing = Object.fromEntries(missingRequired(items, draft).map((id) => [id, 'required' as const]));
    setProblems(missing);
    if (Object.keys(missing).length) return focusItem(missing);
    const answers = answersBody(items, draft);
    if (answers.length === 0) return showNotice({ key: 'participant.validation.nothing' });
    answer.mutate(
      { locale, answers },
      {
        onSuccess: onAnswered,
        onError: ({ problem, retryAfter }) => {
          if (problem.status === 404 || problem.status === 410) return onGone(problem);
          if (problem.status === 429) {
            const minutes = retryMinutes(retryAfter);
            return showNotice(
              minutes
                ? { key: 'participant.tooMany.text', count: minutes }
                : { key: 'participant.tooMany.later' },
            );
          }
          const found = itemProblems(problem.errors, answers);
          setProblems(found);
          if (Object.keys(found).length) focusItem(found);
          else showNotice({ key: 'participant.validation.failed' });
        },
      },
    );
  };

  const change = (itemId: string, value: number | boolean | string) => {
    setDraft((d) => ({ ...d, [itemId]: value }));
    setNotice((n) => (n?.key === 'participant.validation.nothing' ? null : n));
    if (problems[itemId])
      setProblems((found) => Object.fromEntries(Object.entries(found).filter(([id]) => id !== itemId)));
  };

  const errorOf = (itemId: string) =>
    problems[itemId] ? tp(`participant.validation.${problems[itemId]}`) : undefined;

  return (
    <form
      noValidate
      className="participant-form"
      aria-label={participantText(form.questionnaireTitle, locale)}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="form-stack">
        <p className="hint">
          {tp('participant.form.lead')}{' '}
          {tp(anyRequired ? 'participant.form.required' : 'participant.form.optional')}
        </p>
        {notice ? (
          <p ref={noticeRef} tabIndex={-1} className="participant-alert">
            {notice.count === undefined ? tp(notice.key) : tp(notice.key, { count: notice.count })}
          </p>
        ) : null}
        {items.map((item) =>
          item.kind === 'text' ? (
            <TextItem
              key={item.id}
              item={item}
              locale={locale}
              value={typeof draft[item.id] === 'string' ? (draft[item.id] as string) : ''}
              onChange={(value) => change(item.id, value)}
              error={errorOf(item.id)}
            />
          ) : (
            <FeedbackItemField
              key={item.id}
              item={item}
              text={participantText(item.text, locale)}
              value={draft[item.id]}
              onChange={(value) => change(item.id, value)}
              error={errorOf(item.id)}
            />
          ),
        )}
        <div className="button-row">
          <Button type="submit" disabled={answer.isPending}>
            {answer.isPending ? tp('participant.form.sending') : tp('participant.form.send')}
          </Button>
        </div>
      </div>
    </form>
  );
}
