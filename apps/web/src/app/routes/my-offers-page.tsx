// The orders' strings first: the matching pages reuse parts of them.
import '../../features/orders/orders-strings';
import '../../features/matching/matching-strings';
import '../../features/feedback/briefing/briefing-strings';
import type { OfferDto } from '@kokemus/api-client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, LoadingSpinner, Textarea } from 'suomifi-ui-components';
import { useAcceptOffer } from '../../features/matching/api/accept-offer';
import { useDeclineOffer } from '../../features/matching/api/decline-offer';
import { useOffers } from '../../features/matching/api/list-offers';
import { useOrderMunicipalities } from '../../features/orders/api/list-municipalities';
import { type ApiProblem, toApiProblem } from '../../shared/api/api-problem';
import { formatDateTime, formatTimeRange } from '../../shared/format/date';
import { municipalityName } from '../../shared/format/catalog-label';
import { formatEuros } from '../../shared/format/money';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/** An expert's offers, phone first: everything needed to decide, and one tap to answer. */
export function MyOffersPage() {
  const { t } = useTranslation();
  const offers = useOffers({});
  const [notice, setNotice] = useState<string | null>(null);
  const open = offers.data?.items.filter((o) => o.status === 'open') ?? [];
  const earlier = offers.data?.items.filter((o) => o.status !== 'open') ?? [];
  return (
    <Page title={t('matching.myOffers.title')} lead={<p>{t('matching.myOffers.lead')}</p>}>
      <div role="status" className="notice">
        {notice ? <InlineAlert status="neutral">{notice}</InlineAlert> : null}
      </div>
      {offers.isPending ? (
        <LoadingSpinner text={t('common.loading')} variant="small" />
      ) : offers.isError ? (
        <ProblemAlert problem={toApiProblem(offers.error)} />
      ) : (
        <>
          {open.length === 0 ? <p>{t('matching.myOffers.none')}</p> : null}
          <ul className="offer-list">
            {open.map((o) => (
              <OfferCard key={o.id} offer={o} onAnswered={setNotice} />
            ))}
          </ul>
          {earlier.length > 0 ? (
            <section aria-labelledby="earlier-offers-heading" className="mt-m">
              <Heading variant="h2" id="earlier-offers-heading" mb="s">
                {t('matching.myOffers.earlier')}
              </Heading>
              <ul className="staffing-list">
                {earlier.map((o) => (
                  <li key={o.id}>
                    <strong>{o.title}</strong> – {t(`matching.offerStatus.${o.status}`)}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </Page>
  );
}

function OfferCard({ offer: o, onAnswered }: { offer: OfferDto; onAnswered: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const municipalities = useOrderMunicipalities();
  const accept = useAcceptOffer();
  const decline = useDeclineOffer();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const municipality = municipalities.data?.find((m) => m.code === o.municipalityCode);
  const place = [o.place, municipality ? municipalityName(municipality, lang) : null]
    .filter(Boolean)
    .join(', ');
  const headingId = `offer-${o.id}-title`;
  const failed = (error: unknown) => setProblem(toApiProblem(error));
  return (
    <li className="offer-card">
      <h3 id={headingId}>{o.title}</h3>
      {o.demanding ? (
        <p>
          <span className="briefing-badge">{t('briefing.demanding.badge')}</span>{' '}
          {t('briefing.demanding.offer')}
        </p>
      ) : null}
      <dl className="details">
        <dt>{t('matching.myOffers.orderedBy')}</dt>
        <dd>{o.unitName}</dd>
        <dt>{t('matching.myOffers.times')}</dt>
        <dd>
          <ul className="plain-list">
            {o.times.map((time) => (
              <li key={time.occurrenceId}>
                {formatTimeRange(time.startsAt, time.endsAt, lang)}
                {time.place && time.place !== o.place ? `, ${time.place}` : ''}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('matching.myOffers.place')}</dt>
        <dd>{place || '–'}</dd>
        {o.description ? (
          <>
            <dt>{t('matching.myOffers.description')}</dt>
            <dd>{o.description}</dd>
          </>
        ) : null}
        <dt>{t('matching.myOffers.preparation')}</dt>
        <dd>
          {[
            o.preparationNeeds,
            o.preparationMinutes
              ? t('matching.myOffers.preparationTime', { minutes: o.preparationMinutes })
              : null,
          ]
            .filter(Boolean)
            .join(' – ') || '–'}
        </dd>
        <dt>{t('matching.myOffers.fee')}</dt>
        <dd>
          {o.estimatedFeeCents !== null
            ? t('matching.myOffers.feeAmount', { amount: formatEuros(o.estimatedFeeCents, lang) })
            : t(`matching.feeBasis.${o.feeBasis}`, { defaultValue: o.feeBasis })}
        </dd>
        <dt>{t('matching.myOffers.answerBy')}</dt>
        <dd>{formatDateTime(o.answerDueAt, lang)}</dd>
      </dl>
      {o.status === 'open' && o.ceiling && o.ceiling.overByCents > 0 ? (
        <InlineAlert status="warning" labelText={t('matching.myOffers.ceilingTitle')}>
          <p>
            {t('matching.myOffers.ceilingText', {
              after: formatEuros(o.ceiling.monthAfterCents, lang),
              ceiling: formatEuros(o.ceiling.ceilingCents, lang),
              over: formatEuros(o.ceiling.overByCents, lang),
            })}
          </p>
          <p>{t('matching.myOffers.ceilingChoices')}</p>
        </InlineAlert>
      ) : null}
      {problem ? <ProblemAlert problem={problem} /> : null}
      <Textarea
        id={`offer-${o.id}-reason`}
        labelText={t('matching.myOffers.declineReason')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        resize="vertical"
        fullWidth
      />
      <p className="hint">{t('matching.myOffers.noPenalty')}</p>
      <div className="offer-answer">
        <Button
          type="button"
          fullWidth
          disabled={accept.isPending || decline.isPending}
          aria-label={t('matching.myOffers.acceptLabel', { title: o.title })}
          onClick={() =>
            accept.mutate(
              { path: { id: o.id } },
              { onSuccess: () => onAnswered(t('matching.myOffers.accepted')), onError: failed },
            )
          }
        >
          {t('matching.myOffers.accept')}
        </Button>
        <Button
          type="button"
          variant="secondary"
          fullWidth
          disabled={accept.isPending || decline.isPending}
          aria-label={t('matching.myOffers.declineLabel', { title: o.title })}
          onClick={() =>
            decline.mutate(
              { path: { id: o.id }, body: reason.trim() ? { reason: reason.trim() } : {} },
              { onSuccess: () => onAnswered(t('matching.myOffers.declined')), onError: failed },
            )
          }
        >
          {t('matching.myOffers.decline')}
        </Button>
      </div>
    </li>
  );
}
