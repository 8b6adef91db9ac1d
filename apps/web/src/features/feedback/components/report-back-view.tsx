import type { ItemSummaryDto, QuestionnaireItemDto, ReportBackDto } from '@kokemus/api-client';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format/date';
import { FACES, givenAnswer, isScale, itemText, type ScaleKind } from '../feedback-answers.rules';
import { answerLabel } from './feedback-answers-view';

/** The mean as the UI writes numbers (4,3 in Finnish and Swedish). */
function mean(value: number, language: string): string {
  return value.toLocaleString(language === 'en' ? 'en-GB' : `${language}-FI`, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}

/** One participants' question: the mean and how many chose each answer, or only how many answered. */
function ItemSummary({ item, summary }: { item: QuestionnaireItemDto; summary: ItemSummaryDto | undefined }) {
  const { t, i18n } = useTranslation();
  if (!summary || summary.answered === 0) return <>{t('feedback.answer.noAnswer')}</>;
  if (!summary.counts || summary.mean === null)
    return <>{t('feedback.reportBacks.fewAnswered', { count: summary.answered })}</>;
  const kind = isScale(item.kind) ? (item.kind as ScaleKind) : null;
  return (
    <>
      <span>
        {t('feedback.reportBacks.mean', { mean: mean(summary.mean, i18n.language), count: summary.answered })}
      </span>
      {kind ? (
        <ul className="plain-list report-back-counts">
          {summary.counts.map((n, i) => (
            <li key={i}>
              {kind === 'emoji' ? `${FACES[i]} ` : `${i + 1} `}
              {t(`feedback.answer.choice.${kind}.${i + 1}`)}: {n}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/**
 * A report-back: what the unit said about the task, what the participants said (fewer than five only as a
 * number, so nobody is recognised), and the coordinator's own words. For the expert in plain words.
 */
export function ReportBackView({ reportBack }: { reportBack: ReportBackDto }) {
  const { t, i18n } = useTranslation();
  const { orderer, participants } = reportBack;
  return (
    <>
      <p className="hint">
        {t('feedback.reportBacks.readyAt', { at: formatDateTime(reportBack.readyAt, i18n.language) })}
      </p>
      {reportBack.coordinatorNote ? (
        <section aria-labelledby="report-back-note" className="mt-m report-back-note">
          <h2 id="report-back-note">{t('feedback.reportBacks.noteHeading')}</h2>
          <p className="notes">{reportBack.coordinatorNote}</p>
          {reportBack.notedByName ? <p className="hint">{reportBack.notedByName}</p> : null}
        </section>
      ) : null}
      <section aria-labelledby="report-back-unit" className="mt-m">
        <h2 id="report-back-unit">{t('feedback.reportBacks.unitHeading', { name: reportBack.unitName })}</h2>
        {orderer.answered && orderer.questionnaire ? (
          <dl className="details feedback-answers" data-testid="report-back-unit">
            {orderer.questionnaire.items.map((item) => (
              <Fragment key={item.id}>
                <dt>{itemText(item.text, i18n.language, true)}</dt>
                <dd className="notes">{answerLabel(t, item, givenAnswer(orderer.answers, item.id))}</dd>
              </Fragment>
            ))}
          </dl>
        ) : (
          <p>{t('feedback.reportBacks.unitNone')}</p>
        )}
      </section>
      <section aria-labelledby="report-back-participants" className="mt-m">
        <h2 id="report-back-participants">{t('feedback.reportBacks.participantsHeading')}</h2>
        <p>{t('feedback.reportBacks.participantCount', { count: participants.answerCount })}</p>
        {participants.suppressed && participants.answerCount > 0 ? (
          <p className="hint">{t('feedback.reportBacks.suppressed')}</p>
        ) : null}
        {!participants.suppressed && participants.questionnaire ? (
          <dl className="details feedback-answers" data-testid="report-back-participants">
            {participants.questionnaire.items
              .filter((item) => item.kind !== 'text')
              .map((item) => (
                <Fragment key={item.id}>
                  <dt>{itemText(item.text, i18n.language, true)}</dt>
                  <dd>
                    <ItemSummary item={item} summary={participants.items.find((s) => s.itemId === item.id)} />
                  </dd>
                </Fragment>
              ))}
          </dl>
        ) : null}
        {participants.comments.length ? (
          <>
            <h3>{t('feedback.reportBacks.comments')}</h3>
            <ul className="report-back-comments">
              {participants.comments.map((c, i) => (
                <li key={i} className="notes">
                  {c}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </>
  );
}
