import type { NotificationDto } from '@kokemus/api-client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert, LoadingSpinner, Paragraph } from 'suomifi-ui-components';
import { useUnreadCount } from '../../features/notifications/api/count-unread-notifications';
import { useNotifications } from '../../features/notifications/api/list-notifications';
import { useMarkAllNotificationsRead } from '../../features/notifications/api/mark-all-notifications-read';
import { useMarkNotificationRead } from '../../features/notifications/api/mark-notification-read';
import { NotificationList } from '../../features/notifications/components/notification-list';
import { type ApiProblem, toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

export function NotificationsPage() {
  const { t } = useTranslation();
  const notifications = useNotifications();
  const unreadCount = useUnreadCount().data ?? 0;
  const markRead = useMarkNotificationRead();
  const markAllRead = useMarkAllNotificationsRead();
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  const items = notifications.data?.pages.flatMap((page) => page.items) ?? [];
  const unreadShown = items.some((item) => !item.readAt);

  const read = (notification: NotificationDto) => {
    setProblem(null);
    markRead.mutate(
      { path: { id: notification.id } },
      { onError: (error) => setProblem(toApiProblem(error)) },
    );
  };

  const readAll = () => {
    setProblem(null);
    setNotice(null);
    markAllRead.mutate(
      {},
      {
        onSuccess: () => setNotice(t('notifications.allMarkedRead')),
        onError: (error) => setProblem(toApiProblem(error)),
      },
    );
  };

  // The button may vanish with the last page: focus moves to the first newly shown notification instead.
  const showMore = async () => {
    const firstNew = items.length;
    const result = await notifications.fetchNextPage();
    const next = result.data?.pages.flatMap((page) => page.items)[firstNew];
    if (next) requestAnimationFrame(() => document.getElementById(`notification-${next.id}`)?.focus());
  };

  return (
    <Page title={t('notifications.title')} lead={<Paragraph mb="m">{t('notifications.lead')}</Paragraph>}>
      <div role="status" className="notice">
        {notice ? <InlineAlert status="neutral">{notice}</InlineAlert> : null}
      </div>
      {problem ? <ProblemAlert problem={problem} className="mb-m" /> : null}
      {notifications.isPending ? <LoadingSpinner text={t('common.loading')} variant="small" /> : null}
      {notifications.isError ? <ProblemAlert problem={toApiProblem(notifications.error)} /> : null}
      {notifications.data ? (
        items.length === 0 ? (
          <Paragraph className="empty-state">{t('notifications.empty')}</Paragraph>
        ) : (
          <>
            <div className="list-toolbar">
              <p className="result-count">
                {unreadCount > 0
                  ? t('notifications.unreadSummary', { count: unreadCount })
                  : t('notifications.noneUnread')}
              </p>
              {unreadCount > 0 || unreadShown ? (
                <Button variant="secondary" onClick={readAll} disabled={markAllRead.isPending}>
                  {t('notifications.markAllRead')}
                </Button>
              ) : null}
            </div>
            <NotificationList
              notifications={items}
              onRead={read}
              busyId={markRead.isPending ? (markRead.variables?.path.id ?? null) : null}
            />
            {notifications.hasNextPage ? (
              <Button
                variant="secondary"
                className="load-more"
                disabled={notifications.isFetchingNextPage}
                onClick={() => void showMore()}
              >
                {t('notifications.loadMore')}
              </Button>
            ) : null}
          </>
        )
      ) : null}
    </Page>
  );
}
