import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert, LoadingSpinner, Paragraph } from 'suomifi-ui-components';
import { useEmailMessages } from '../../features/notifications/api/list-email-messages';
import { useSendTestNotification } from '../../features/notifications/api/send-test-notification';
import { EmailMessageList } from '../../features/notifications/components/email-message-list';
import { type ApiProblem, toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

export function EmailLogPage() {
  const { t } = useTranslation();
  const messages = useEmailMessages();
  const sendTest = useSendTestNotification();
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const items = messages.data?.pages.flatMap((page) => page.items) ?? [];

  const send = () => {
    setNotice(null);
    setProblem(null);
    sendTest.mutate(
      {},
      {
        onSuccess: () => setNotice(t('emailLog.testSent')),
        onError: (error) => setProblem(toApiProblem(error)),
      },
    );
  };

  // The button may vanish with the last page: focus moves to the first newly shown message instead.
  const showMore = async () => {
    const firstNew = items.length;
    const result = await messages.fetchNextPage();
    const next = result.data?.pages.flatMap((page) => page.items)[firstNew];
    if (next) requestAnimationFrame(() => document.getElementById(`email-${next.id}`)?.focus());
  };

  return (
    <Page title={t('emailLog.title')} lead={<Paragraph mb="m">{t('emailLog.lead')}</Paragraph>}>
      <div className="button-row mb-m">
        <Button variant="secondary" onClick={send} disabled={sendTest.isPending}>
          {t('emailLog.sendTest')}
        </Button>
      </div>
      <div role="status" className="notice">
        {notice ? <InlineAlert status="neutral">{notice}</InlineAlert> : null}
      </div>
      {problem ? <ProblemAlert problem={problem} className="mb-m" /> : null}
      {messages.isPending ? <LoadingSpinner text={t('common.loading')} variant="small" /> : null}
      {messages.isError ? <ProblemAlert problem={toApiProblem(messages.error)} /> : null}
      {messages.data ? (
        items.length === 0 ? (
          <Paragraph className="empty-state">{t('emailLog.empty')}</Paragraph>
        ) : (
          <>
            <EmailMessageList messages={items} />
            {messages.hasNextPage ? (
              <Button
                variant="secondary"
                className="load-more"
                disabled={messages.isFetchingNextPage}
                onClick={() => void showMore()}
              >
                {t('emailLog.loadMore')}
              </Button>
            ) : null}
          </>
        )
      ) : null}
    </Page>
  );
}
