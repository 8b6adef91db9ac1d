import type { FeedbackRequestDto, ItemAnswerDto, QuestionnaireItemDto } from '@kokemus/api-client';
import type { TFunction } from 'i18next';
import { Link } from '@tanstack/react-router';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format/date';
import { FACES, givenAnswer, isScale, itemText, type ScaleKind } from '../feedback-answers.rules';

/** An answer as words: the scale's word (the face for emoji), yes/no, the text; "no answer" when none. */
export function answerLabel(
  t: TFunction,
  item: QuestionnaireItemDto,
  answer: ItemAnswerDto | undefined,
): string {
  const none = t('feedback.answer.noAnswer');
  if (!answer) return none;
  if (item.kind === 'text') return answer.text?.trim() || none;
  const value = answer.value;
  if (item.kind === 'yesno' && typeof value === 'boolean')
    return t(value ? 'feedback.answer.choice.yes' : 'feedback.answer.choice.no');
  if (isScale(item.kind) && typeof value === 'number') {
    const word = t(`feedback.answer.choice.${item.kind as ScaleKind}.${value}`);
    return item.kind === 'emoji' ? `${FACES[value - 1] ?? ''} ${word}` : `${value} – ${word}`;
  }
  return none;
}

/** The answers given, read only: each question and what was answered, in the questionnaire's order. */
export function FeedbackAnswersView({ request }: { request: FeedbackRequestDto }) {
  const { t, i18n } = useTranslation();
  const plain = request.respondent === 'expert';
  return (
    <section aria-labelledby="feedback-answers-heading" className="mt-m">
      <h2 id="feedback-answers-heading">{t('feedback.answer.answers')}</h2>
      {request.answeredAt ? (
        <p className="hint">
          {t('feedback.answer.answeredAt', { at: formatDateTime(request.answeredAt, i18n.language) })}
        </p>
      ) : null}
      <dl className="details feedback-answers" data-testid="feedback-answers">
        {request.questionnaire.items.map((item) => (
          <Fragment key={item.id}>
            <dt>{itemText(item.text, i18n.language, plain)}</dt>
            <dd className="notes">{answerLabel(t, item, givenAnswer(request.answers, item.id))}</dd>
          </Fragment>
        ))}
      </dl>
      {request.debriefRequestId ? (
        <p className="mt-m">
          {t('feedback.answer.talkAsked')} <Link to="/talk">{t('feedback.answer.talkLink')}</Link>
        </p>
      ) : null}
      {request.complaintId ? (
        <p className="mt-m">
          {t('feedback.answer.complaintAsked')}{' '}
          <Link to="/complaints/$complaintId" params={{ complaintId: request.complaintId }}>
            {t('feedback.answer.complaintLink')}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
