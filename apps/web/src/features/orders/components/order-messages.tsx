import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, LoadingSpinner, Textarea } from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../../../shared/api/api-problem';
import { formatDateTime } from '../../../shared/format/date';
import { ProblemAlert } from '../../../shared/ui/problem-alert';
import { useOrderMessages } from '../api/list-order-messages';
import { usePostMessage } from '../api/post-order-message';

/** Messages between the ordering unit and the coordinators, oldest first, and a box to write one. */
export function OrderMessages({ orderId, canWrite }: { orderId: string; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const messages = useOrderMessages(orderId);
  const post = usePostMessage(orderId);
  const [body, setBody] = useState('');
  const [missing, setMissing] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sent, setSent] = useState(false);
  const items = messages.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      {messages.isPending ? <LoadingSpinner text={t('common.loading')} variant="small" /> : null}
      {messages.isError ? <ProblemAlert problem={toApiProblem(messages.error)} /> : null}
      {messages.data && items.length === 0 ? <p>{t('orders.messages.none')}</p> : null}
      {items.length > 0 ? (
        <ol className="message-list">
          {items.map((m) => (
            <li key={m.id} className={m.fromCoordinator ? 'from-coordinator' : undefined}>
              <div className="meta">
                {m.author.displayName} (
                {m.fromCoordinator ? t('orders.messages.coordinator') : t('orders.messages.unit')}) ·{' '}
                {formatDateTime(m.createdAt, i18n.language)}
              </div>
              <div className="notes">{m.body}</div>
            </li>
          ))}
        </ol>
      ) : null}
      {messages.hasNextPage ? (
        <Button type="button" variant="secondary" onClick={() => void messages.fetchNextPage()}>
          {t('orders.list.loadMore')}
        </Button>
      ) : null}
      {canWrite ? (
        <form
          noValidate
          className="form-stack mt-m"
          onSubmit={(event) => {
            event.preventDefault();
            setSent(false);
            if (!body.trim()) {
              setMissing(true);
              document.getElementById('order-message')?.focus();
              return;
            }
            setProblem(null);
            post.mutate(
              { path: { id: orderId }, body: { body: body.trim() } },
              {
                onSuccess: () => {
                  setBody('');
                  setSent(true);
                },
                onError: (error) => setProblem(toApiProblem(error)),
              },
            );
          }}
        >
          {problem ? <ProblemAlert problem={problem} /> : null}
          <Textarea
            id="order-message"
            labelText={t('orders.messages.write')}
            value={body}
            onChange={(event) => {
              setBody(event.target.value);
              setMissing(false);
            }}
            status={missing ? 'error' : 'default'}
            statusText={missing ? t('orders.messages.empty') : undefined}
            resize="vertical"
            fullWidth
          />
          <div className="button-row">
            <Button type="submit" disabled={post.isPending}>
              {t('orders.messages.send')}
            </Button>
          </div>
          <div role="status" className="notice">
            {sent ? t('orders.messages.sent') : ''}
          </div>
        </form>
      ) : null}
    </>
  );
}
