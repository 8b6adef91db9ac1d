// The orders' strings first: the matching pages reuse parts of them.
import '../../features/orders/orders-strings';
import '../../features/matching/matching-strings';
import type { SuggestionsDto } from '@kokemus/api-client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Heading, InlineAlert, Textarea } from 'suomifi-ui-components';
import { useCreateOffers } from '../../features/matching/api/create-offers';
import { useSuggestions } from '../../features/matching/api/suggest-assignments';
import { PeriodForm } from '../../features/matching/components/period-form';
import { offerBatches, points, suggestionKey } from '../../features/matching/matching.rules';
import { toApiProblem } from '../../shared/api/api-problem';
import { problemText } from '../../shared/api/problem-text';
import { formatDateTime } from '../../shared/format/date';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/** Batch suggestions: a proposal for every open time in a period, reviewed and sent as offers. */
export function SuggestionsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const suggest = useSuggestions();
  const createOffers = useCreateOffers();
  const [result, setResult] = useState<SuggestionsDto | null>(null);
  const [unticked, setUnticked] = useState<Set<string>>(new Set());
  const [reason, setReason] = useState(() => t('matching.suggestions.reasonDefault'));
  const [messages, setMessages] = useState<{ ok: string | null; failed: string[]; none: boolean }>({
    ok: null,
    failed: [],
    none: false,
  });
  const [sending, setSending] = useState(false);

  const chosen = result?.suggestions.filter((s) => !unticked.has(suggestionKey(s))) ?? [];

  const send = async () => {
    if (chosen.length === 0) return setMessages({ ok: null, failed: [], none: true });
    setSending(true);
    const batches = offerBatches(chosen);
    const failed: string[] = [];
    const sentOrders = new Set<string>();
    for (const batch of batches) {
      try {
        await createOffers.mutateAsync({
          path: { id: batch.orderId },
          body: {
            expertIds: batch.expertIds,
            mode: batch.expertIds.length > 1 ? 'first_to_accept' : 'single',
            occurrenceIds: batch.occurrenceIds,
            ...(reason.trim() ? { reason: reason.trim() } : {}),
          },
        });
        sentOrders.add(batch.orderId);
      } catch (error) {
        failed.push(
          t('matching.suggestions.failed', {
            title: batch.title,
            problem: problemText(t, toApiProblem(error)),
          }),
        );
      }
    }
    setSending(false);
    setMessages({
      ok: sentOrders.size ? t('matching.suggestions.sent', { count: sentOrders.size }) : null,
      failed,
      none: false,
    });
    if (sentOrders.size && result) {
      setResult({ ...result, suggestions: result.suggestions.filter((s) => !sentOrders.has(s.orderId)) });
    }
  };

  return (
    <Page title={t('matching.suggestions.title')} lead={<p>{t('matching.suggestions.lead')}</p>}>
      <section aria-label={t('matching.suggestions.title')} className="panel">
        <PeriodForm
          id="suggestions-period"
          days={28}
          submitLabel={t('matching.suggestions.make')}
          pending={suggest.isPending}
          onPeriod={(period) =>
            suggest.mutate(
              { body: period },
              {
                onSuccess: (data) => {
                  setResult(data);
                  setUnticked(new Set());
                  setMessages({ ok: null, failed: [], none: false });
                },
              },
            )
          }
        />
        {suggest.isError ? <ProblemAlert problem={toApiProblem(suggest.error)} /> : null}
      </section>
      {result ? (
        <>
          <p>
            {t('matching.suggestions.summary', { slots: result.slots, suggested: result.suggestions.length })}
          </p>
          {result.suggestions.length === 0 ? (
            <p>{t('matching.suggestions.none')}</p>
          ) : (
            <div className="table-scroll" role="region" aria-labelledby="suggestions-caption" tabIndex={0}>
              <table className="plain-table">
                <caption id="suggestions-caption">{t('matching.suggestions.tableCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('matching.suggestions.use')}</th>
                    <th scope="col">{t('matching.suggestions.order')}</th>
                    <th scope="col">{t('matching.suggestions.time')}</th>
                    <th scope="col">{t('matching.suggestions.expert')}</th>
                    <th scope="col">{t('matching.suggestions.score')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.suggestions.map((s) => {
                    const key = suggestionKey(s);
                    const time = formatDateTime(s.startsAt, lang);
                    return (
                      <tr key={key}>
                        <td>
                          <Checkbox
                            id={`suggestion-${key.replace(':', '-')}`}
                            checked={!unticked.has(key)}
                            onClick={({ checkboxState }) =>
                              setUnticked((current) => {
                                const next = new Set(current);
                                if (checkboxState) next.delete(key);
                                else next.add(key);
                                return next;
                              })
                            }
                          >
                            <span className="visually-hidden">
                              {t('matching.suggestions.useLabel', {
                                name: s.expertName,
                                title: s.title,
                                time,
                              })}
                            </span>
                          </Checkbox>
                        </td>
                        <td>
                          {s.title} ({s.orderNumber})
                        </td>
                        <td>{time}</td>
                        <td>{s.expertName}</td>
                        <td>{points(s.score)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          {result.unfilled.length > 0 ? (
            <section aria-labelledby="unfilled-heading" className="panel mt-m">
              <Heading variant="h2" id="unfilled-heading" mb="s">
                {t('matching.suggestions.unfilledHeading')}
              </Heading>
              <ul>
                {result.unfilled.map((u) => (
                  <li key={u.occurrenceId}>
                    {t('matching.suggestions.unfilled', {
                      title: `${u.orderNumber} ${u.title}`,
                      time: formatDateTime(u.startsAt, lang),
                      missing: u.missing,
                    })}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {result.suggestions.length > 0 ? (
            <div className="form-stack mt-m">
              <Textarea
                id="suggestions-reason"
                labelText={t('matching.suggestions.reason')}
                hintText={t('matching.offer.reasonHint')}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                resize="vertical"
                fullWidth
              />
              <div>
                <Button type="button" disabled={sending} onClick={() => void send()}>
                  {t('matching.suggestions.send')}
                </Button>
              </div>
            </div>
          ) : null}
          <div role="status" className="notice mt-m">
            {messages.ok ? <InlineAlert status="neutral">{messages.ok}</InlineAlert> : null}
            {messages.none ? (
              <InlineAlert status="error">{t('matching.suggestions.noneChosen')}</InlineAlert>
            ) : null}
            {messages.failed.map((text) => (
              <InlineAlert key={text} status="error">
                {text}
              </InlineAlert>
            ))}
          </div>
        </>
      ) : null}
    </Page>
  );
}
