import type { ComplaintDto } from '@kokemus/api-client';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { formatDateTime } from '../../../../shared/format/date';
import type { ComplaintViewer } from '../complaints.rules';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="complaint-section" aria-labelledby={id}>
      <Heading variant="h2" id={id} mb="xs">
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** Words someone wrote, kept as they wrote them (line breaks too). */
function Words({ children }: { children: string }) {
  return <blockquote className="complaint-words">{children}</blockquote>;
}

/**
 * What a coordinator and the ordering unit see: the task, who, the orderer's words, the answer and the
 * outcome; the expert's side (question and view) only for coordinators — the unit never sees it.
 */
export function ComplaintDetails({
  complaint: c,
  viewer,
}: {
  complaint: ComplaintDto;
  viewer: Exclude<ComplaintViewer, 'expert'>;
}) {
  const { t, i18n } = useTranslation();
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  return (
    <>
      <dl className="details">
        <dt>{t('complaints.detail.state')}</dt>
        <dd>
          <strong>{t(`complaints.status.${c.status}`)}</strong>
          {c.handledByName ? ` · ${t('complaints.detail.handledBy')}: ${c.handledByName}` : null}
        </dd>
        <dt>{t('complaints.detail.task')}</dt>
        <dd>{c.task.title}</dd>
        <dt>{t('complaints.detail.when')}</dt>
        <dd>{when(c.task.startsAt)}</dd>
        {c.task.place ? (
          <>
            <dt>{t('complaints.detail.place')}</dt>
            <dd>{c.task.place}</dd>
          </>
        ) : null}
        <dt>{t('complaints.detail.unit')}</dt>
        <dd>{c.unitName}</dd>
        <dt>{t('complaints.detail.expert')}</dt>
        <dd>{c.expertName}</dd>
        <dt>{t('complaints.detail.receivedAt')}</dt>
        <dd>{when(c.receivedAt)}</dd>
      </dl>

      <Section id="complaint-words-heading" title={t('complaints.detail.words')}>
        {c.text ? <Words>{c.text}</Words> : null}
      </Section>

      <Section id="complaint-answer-heading" title={t('complaints.detail.answer')}>
        {c.answer ? (
          <>
            <Words>{c.answer}</Words>
            {c.answeredAt ? (
              <p className="hint">{t('complaints.detail.answeredAt', { at: when(c.answeredAt) })}</p>
            ) : null}
          </>
        ) : (
          <p>{t('complaints.detail.notAnswered')}</p>
        )}
      </Section>

      {viewer === 'coordinator' ? (
        <Section id="complaint-expert-heading" title={t('complaints.detail.expertSide')}>
          <p className="hint">{t('complaints.detail.expertSideHint')}</p>
          {c.viewQuestion ? (
            <dl className="details">
              <dt>{t('complaints.detail.question')}</dt>
              <dd>
                <Words>{c.viewQuestion}</Words>
                {c.viewAskedAt ? (
                  <span className="hint">{t('complaints.detail.askedAt', { at: when(c.viewAskedAt) })}</span>
                ) : null}
              </dd>
              <dt>{t('complaints.detail.view')}</dt>
              <dd>
                {c.expertView ? (
                  <>
                    <Words>{c.expertView}</Words>
                    {c.viewGivenAt ? (
                      <span className="hint">
                        {t('complaints.detail.givenAt', { at: when(c.viewGivenAt) })}
                      </span>
                    ) : null}
                  </>
                ) : (
                  t('complaints.detail.noView')
                )}
              </dd>
            </dl>
          ) : (
            <p>{t('complaints.detail.notAsked')}</p>
          )}
        </Section>
      ) : null}

      <Section id="complaint-outcome-heading" title={t('complaints.detail.outcomeHeading')}>
        <Outcome complaint={c} forExpert={false} />
      </Section>
    </>
  );
}

/** The outcome once closed (with its reasons, which everyone who sees the complaint may read). */
function Outcome({ complaint: c, forExpert }: { complaint: ComplaintDto; forExpert: boolean }) {
  const { t, i18n } = useTranslation();
  if (c.status !== 'closed' || !c.outcome)
    return <p>{t(forExpert ? 'complaints.expert.open' : 'complaints.detail.open')}</p>;
  return (
    <>
      <p>
        <strong>
          {t(forExpert ? `complaints.outcomeExpert.${c.outcome}` : `complaints.outcome.${c.outcome}`)}
        </strong>
      </p>
      {c.outcomeNote ? <Words>{c.outcomeNote}</Words> : null}
      {c.closedAt ? (
        <p className="hint">
          {t('complaints.detail.closedAt', { at: formatDateTime(c.closedAt, i18n.language) })}
        </p>
      ) : null}
    </>
  );
}

/**
 * What the expert sees, in plain words: that there is feedback on their task, what the coordinator asked
 * them, their own view (or the form to give it: `viewForm`) and how it was resolved. Never the orderer's
 * words or the answer to the orderer.
 */
export function ComplaintForExpert({
  complaint: c,
  viewForm,
}: {
  complaint: ComplaintDto;
  viewForm: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  return (
    <>
      <dl className="details">
        <dt>{t('complaints.expert.state')}</dt>
        <dd>
          <strong>{t(`complaints.statusExpert.${c.status}`)}</strong>
        </dd>
        <dt>{t('complaints.detail.task')}</dt>
        <dd>{c.task.title}</dd>
        <dt>{t('complaints.detail.when')}</dt>
        <dd>{when(c.task.startsAt)}</dd>
        {c.task.place ? (
          <>
            <dt>{t('complaints.detail.place')}</dt>
            <dd>{c.task.place}</dd>
          </>
        ) : null}
      </dl>

      <Section id="complaint-question-heading" title={t('complaints.expert.questionHeading')}>
        {c.viewQuestion ? (
          <>
            <Words>{c.viewQuestion}</Words>
            {c.viewAskedAt ? (
              <p className="hint">{t('complaints.detail.askedAt', { at: when(c.viewAskedAt) })}</p>
            ) : null}
          </>
        ) : (
          <p>{t('complaints.expert.noQuestion')}</p>
        )}
      </Section>

      {c.viewQuestion ? (
        <Section id="complaint-view-heading" title={t('complaints.expert.yourView')}>
          {c.expertView ? (
            <>
              <Words>{c.expertView}</Words>
              {c.viewGivenAt ? (
                <p className="hint">{t('complaints.detail.givenAt', { at: when(c.viewGivenAt) })}</p>
              ) : null}
            </>
          ) : null}
          {viewForm}
        </Section>
      ) : null}

      <Section id="complaint-outcome-heading" title={t('complaints.expert.outcomeHeading')}>
        <Outcome complaint={c} forExpert />
      </Section>
    </>
  );
}
